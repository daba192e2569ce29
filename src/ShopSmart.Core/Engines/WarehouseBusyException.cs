namespace ShopSmart.Core.Engines;

/// <summary>Another run holds the warehouse; this one should wait or exit, never write.</summary>
public sealed class WarehouseBusyException(string message, Exception? inner = null) : Exception(message, inner);
