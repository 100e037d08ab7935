#!/usr/bin/env python3
"""The benchmark's pandas + openpyxl program (docs/dev/benchmarks.md): the same job as the POI streaming reference.

Read Revenue and Parties with openpyxl, drop credit-settled and investor rows, sum a monthly bridge (reported,
credit, related party, adjusted), write the kept rows and the bridge as xlsx with openpyxl and the bridge as CSV.
Amounts are summed as floats and rounded to cents, as a pandas user would.
Usage: pandas_job.py LEDGER.xlsx OUTDIR
"""
import os
import sys

import pandas as pd


def main(ledger, out):
    os.makedirs(out, exist_ok=True)
    revenue = pd.read_excel(ledger, sheet_name="Revenue", engine="openpyxl")
    parties = pd.read_excel(ledger, sheet_name="Parties", engine="openpyxl")
    investors = set(parties.loc[parties["Relationship"] == "investor", "Name"])
    month = pd.to_datetime(revenue["Date"]).dt.strftime("%Y-%m")
    credit = revenue["Settlement"] == "cloud-credit"
    related = ~credit & revenue["Customer"].isin(investors)
    bridge = pd.DataFrame({
        "reported": revenue["Amount"].groupby(month).sum(),
        "credit": revenue["Amount"][credit].groupby(month[credit]).sum(),
        "related_party": revenue["Amount"][related].groupby(month[related]).sum(),
    }).fillna(0.0)
    bridge["adjusted"] = bridge["reported"] - bridge["credit"] - bridge["related_party"]
    bridge = bridge.round(2)
    bridge.index.name = "month"
    kept = revenue[~credit & ~related]
    with pd.ExcelWriter(os.path.join(out, "pandas.xlsx"), engine="openpyxl") as writer:
        kept.to_excel(writer, sheet_name="Adjusted", index=False)
        bridge.to_excel(writer, sheet_name="Bridge")
    bridge.to_csv(os.path.join(out, "bridge.csv"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
