namespace ShopSmart.Core.Runs;

/// <summary>
/// Input the product refuses as a whole (unreadable file, missing columns, bad option). The message names the
/// file and, where there is one, the row, column and value; the app exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
public class BadInputException(string message, Exception? inner = null) : Exception(message, inner);
