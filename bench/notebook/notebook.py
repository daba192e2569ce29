#!/usr/bin/python3
"""The notebook version of ShopSmart's main job, as a data scientist would write it with pandas and scikit-learn.

Read the Online Retail CSV, the usual cleaning, the EDA aggregates, RFM + k-means, a purchase-propensity and a
spend model on a time split, and an Excel file with a chart -- timed stage by stage, with each stage's peak memory,
the same way shopsmart-bench times the product. It does a part of the product's job: no star schema, quarantine,
product propensity, CLV, baskets or report.

    /usr/bin/python3 bench/notebook/notebook.py FILE --work DIR [--out FIGURES.json] [--until eda]

Run by `shopsmart-bench compare` under /usr/bin/time; Debian's python3-pandas, python3-sklearn, python3-openpyxl.
With --until eda it stops after the EDA aggregates: the notebook side of the ETL issue's comparison (read_csv, the usual
cleaning, the aggregates), which `shopsmart-bench etl --against-notebook` runs against shopsmart-etl migrate + load.
"""
import argparse
import json
import os
import resource
import threading
import time

import numpy as np
import pandas as pd

# scikit-learn and openpyxl are imported by the stages that use them (~0.5 s of imports): the notebook stopped after
# its aggregates (--until eda) is a pandas notebook, as the ETL issue describes it, and does not pay for them.

SEED = 20111209
HORIZON_DAYS = 90
NON_PRODUCT = {"POST", "DOT", "C2", "M", "BANK CHARGES", "AMAZONFEE", "PADS", "CRUK", "D", "S", "B", "ADJUST",
               "TEST001", "TEST002"}
PAGE = os.sysconf("SC_PAGE_SIZE")


class Stages:
    """Wall and CPU time per stage, and the stage's peak resident memory polled every 10 ms from /proc."""

    def __init__(self):
        self.stages = []
        self._peak = 0
        self._stop = False
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    @staticmethod
    def rss():
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * PAGE

    def _poll(self):
        while not self._stop:
            self._peak = max(self._peak, self.rss())
            time.sleep(0.01)

    def run(self, name, work, *args):
        self._peak = self.rss()
        wall, cpu = time.perf_counter(), time.process_time()
        result = work(*args)
        seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
        peak = max(self._peak, self.rss())
        high_water = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stages.append({"name": name, "seconds": seconds, "cpu_seconds": cpu_seconds,
                            "peak_rss_mib": peak / 1048576, "high_water_mib": high_water})
        print(f"[notebook] {name}: {seconds:.2f} s, peak {peak / 1048576:,.0f} MiB", flush=True)
        return result

    def close(self):
        self._stop = True
        self._thread.join()


def read(path):
    df = pd.read_csv(path, encoding="latin-1",
                     dtype={"InvoiceNo": str, "StockCode": str, "Description": str, "CustomerID": str, "Country": str})
    df["InvoiceDate"] = pd.to_datetime(df["InvoiceDate"], format="%m/%d/%Y %H:%M")
    return df


def clean(df):
    df = df.drop_duplicates().copy()
    df["StockCode"] = df["StockCode"].str.strip().str.upper()
    df["Description"] = df["Description"].str.strip()
    df["CustomerID"] = df["CustomerID"].str.replace(r"\.0$", "", regex=True)
    df["IsCancellation"] = df["InvoiceNo"].str.startswith("C")
    df["IsNonProduct"] = df["StockCode"].isin(NON_PRODUCT) | df["StockCode"].str.startswith("GIFT_")
    df["Revenue"] = df["Quantity"] * df["UnitPrice"]
    sales = df[~df["IsCancellation"] & ~df["IsNonProduct"] & (df["Quantity"] > 0) & (df["UnitPrice"] > 0)].copy()
    customers = sales.dropna(subset=["CustomerID"]).copy()
    return df, sales, customers


def eda(df, sales, customers):
    """The aggregates the ETL issue names: monthly, country, product, weekday-hour and cohort."""
    out = {}
    month = sales["InvoiceDate"].dt.to_period("M")
    out["monthly"] = sales.groupby(month).agg(revenue=("Revenue", "sum"), orders=("InvoiceNo", "nunique"),
                                              customers=("CustomerID", "nunique"), units=("Quantity", "sum"))
    cancelled = df[df["IsCancellation"]].groupby(df["InvoiceDate"].dt.to_period("M"))["Revenue"].sum()
    out["monthly"]["returns"] = cancelled.reindex(out["monthly"].index).fillna(0)
    out["countries"] = sales.groupby("Country").agg(revenue=("Revenue", "sum"), orders=("InvoiceNo", "nunique"),
                                                    customers=("CustomerID", "nunique")).sort_values("revenue", ascending=False)
    out["products"] = sales.groupby("StockCode").agg(description=("Description", "first"), revenue=("Revenue", "sum"),
                                                     units=("Quantity", "sum"), orders=("InvoiceNo", "nunique"),
                                                     customers=("CustomerID", "nunique")).sort_values("revenue", ascending=False)
    out["weekday_hour"] = sales.pivot_table(index=sales["InvoiceDate"].dt.dayofweek, columns=sales["InvoiceDate"].dt.hour,
                                            values="Revenue", aggfunc="sum", fill_value=0)
    first = customers.groupby("CustomerID")["InvoiceDate"].transform("min").dt.to_period("M")
    active = customers["InvoiceDate"].dt.to_period("M")
    age = (active - first).apply(lambda offset: offset.n)
    cohorts = customers.assign(cohort=first, age=age).groupby(["cohort", "age"])["CustomerID"].nunique().unstack(fill_value=0)
    out["cohorts"] = cohorts.div(cohorts[0], axis=0)
    return out


def eda_more(df, sales, out):
    """The rest of what the product's mart views hold: column profile, data quality, distributions, correlation, anomalies."""
    out["profile"] = df.drop(columns="InvoiceDate").describe(include="all")
    out["dates"] = df["InvoiceDate"].agg(["min", "max"])
    out["quality"] = pd.Series({
        "lines": len(df), "missing_customer": df["CustomerID"].isna().sum(),
        "missing_description": df["Description"].isna().sum(), "cancellations": df["IsCancellation"].sum(),
        "non_product": df["IsNonProduct"].sum(), "zero_price": (df["UnitPrice"] == 0).sum()})
    out["distribution"] = sales[["Quantity", "UnitPrice", "Revenue"]].quantile([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
    out["correlation"] = sales[["Quantity", "UnitPrice", "Revenue"]].corr()
    log_quantity = np.log10(sales["Quantity"])
    mad = (log_quantity - log_quantity.median()).abs().median()
    out["anomalies"] = sales[(0.6745 * (log_quantity - log_quantity.median()).abs() / max(mad, 0.1)) > 3.5]
    return out


def customer_features(customers, cutoff):
    before = customers[customers["InvoiceDate"] < cutoff]
    features = before.groupby("CustomerID").agg(
        last=("InvoiceDate", "max"), first=("InvoiceDate", "min"), frequency=("InvoiceNo", "nunique"),
        monetary=("Revenue", "sum"), products=("StockCode", "nunique"), units=("Quantity", "sum"))
    features["recency"] = (cutoff - features["last"]).dt.days
    features["tenure"] = (cutoff - features["first"]).dt.days
    features["avg_basket"] = features["monetary"] / features["frequency"]
    return features.drop(columns=["last", "first"])


def rfm_kmeans(customers):
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler
    snapshot = customers["InvoiceDate"].max() + pd.Timedelta(days=1)
    rfm = customer_features(customers, snapshot)[["recency", "frequency", "monetary"]]
    rfm["R"] = pd.qcut(rfm["recency"].rank(method="first"), 5, labels=[5, 4, 3, 2, 1]).astype(int)
    rfm["F"] = pd.qcut(rfm["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
    rfm["M"] = pd.qcut(rfm["monetary"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
    scaled = StandardScaler().fit_transform(np.log1p(rfm[["recency", "frequency", "monetary"]].clip(lower=0)))
    best = None
    for k in range(2, 11):
        model = KMeans(n_clusters=k, n_init=10, random_state=SEED).fit(scaled)
        score = silhouette_score(scaled, model.labels_, sample_size=min(len(scaled), 10000), random_state=SEED)
        if best is None or score > best[0]:
            best = (score, k, model.labels_)
    rfm["cluster"] = best[2]
    profiles = rfm.groupby("cluster")[["recency", "frequency", "monetary"]].mean().assign(customers=rfm.groupby("cluster").size())
    return rfm, profiles, best[1], best[0]


def labelled(customers, cutoff):
    features = customer_features(customers, cutoff)
    window = customers[(customers["InvoiceDate"] >= cutoff) & (customers["InvoiceDate"] < cutoff + pd.Timedelta(days=HORIZON_DAYS))]
    spend = window.groupby("CustomerID")["Revenue"].sum()
    features["bought"] = features.index.isin(spend.index).astype(int)
    features["spend"] = spend.reindex(features.index).fillna(0)
    return features


FEATURES = ["recency", "tenure", "frequency", "monetary", "products", "units", "avg_basket"]


def time_split(customers):
    """Train on a cut-off a horizon earlier, test on the last horizon: no look-ahead."""
    end = customers["InvoiceDate"].max() + pd.Timedelta(days=1)
    test_cutoff = end - pd.Timedelta(days=HORIZON_DAYS)
    return labelled(customers, test_cutoff - pd.Timedelta(days=HORIZON_DAYS)), labelled(customers, test_cutoff)


def propensity(train, test):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    model = HistGradientBoostingClassifier(random_state=SEED).fit(train[FEATURES], train["bought"])
    scores = model.predict_proba(test[FEATURES])[:, 1]
    return pd.Series(scores, index=test.index), roc_auc_score(test["bought"], scores)


def spend_model(train, test):
    from sklearn.ensemble import HistGradientBoostingRegressor
    from sklearn.metrics import mean_squared_error, r2_score
    model = HistGradientBoostingRegressor(random_state=SEED).fit(train[FEATURES], np.log1p(train["spend"]))
    predicted = np.expm1(model.predict(test[FEATURES])).clip(min=0)
    rmse = mean_squared_error(test["spend"], predicted) ** 0.5
    return pd.Series(predicted, index=test.index), rmse, r2_score(test["spend"], predicted)


def excel(path, aggregates, rfm, profiles, scores, spend):
    from openpyxl import load_workbook
    from openpyxl.chart import LineChart, Reference
    customers = rfm.join(scores.rename("propensity")).join(spend.rename("predicted_spend"))
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        monthly = aggregates["monthly"].copy()
        monthly.index = monthly.index.astype(str)
        monthly.to_excel(writer, sheet_name="Monthly")
        aggregates["countries"].to_excel(writer, sheet_name="Countries")
        aggregates["products"].head(1000).to_excel(writer, sheet_name="Products")
        profiles.to_excel(writer, sheet_name="Segments")
        customers.to_excel(writer, sheet_name="Customers")
    book = load_workbook(path)
    sheet = book["Monthly"]
    chart = LineChart()
    chart.title = "Revenue by month"
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=sheet.max_row), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=sheet.max_row))
    sheet.add_chart(chart, "H2")
    book.save(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("--work", default=".")
    parser.add_argument("--out")
    parser.add_argument("--until", choices=["eda"], help="stop after this stage")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    stages = Stages()
    df = stages.run("read", read, args.input)
    lines = len(df)
    df, sales, customers = stages.run("clean", clean, df)
    aggregates = stages.run("eda", eda, df, sales, customers)
    if args.until == "eda":
        stages.close()
        print(f"[notebook] {lines:,} lines, {customers['CustomerID'].nunique():,} customers; stopped after eda")
        save(args.out, lines, customers["CustomerID"].nunique(), sales, stages)
        return
    aggregates = stages.run("eda_more", eda_more, df, sales, aggregates)
    rfm, profiles, k, silhouette = stages.run("rfm_kmeans", rfm_kmeans, customers)
    train, test = stages.run("features", time_split, customers)
    scores, auc = stages.run("propensity", propensity, train, test)
    spend, rmse, r2 = stages.run("spend", spend_model, train, test)
    stages.run("excel", excel, os.path.join(args.work, "notebook.xlsx"), aggregates, rfm, profiles, scores, spend)
    stages.close()
    print(f"[notebook] {lines:,} lines, {len(rfm):,} customers; k = {k} (silhouette {silhouette:.3f}); "
          f"propensity AUC {auc:.3f}; spend RMSE {rmse:,.0f}, R2 {r2:.3f}")

    save(args.out, lines, len(rfm), sales, stages)


def save(path, lines, customers, sales, stages):
    if path:
        with open(path, "w") as out:
            json.dump({"tool": "notebook", "lines": lines, "customers": int(customers),
                       "products": int(sales["StockCode"].nunique()), "stages": stages.stages, "details": []}, out, indent=2)


if __name__ == "__main__":
    main()
