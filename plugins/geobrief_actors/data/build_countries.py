"""Regenerate ``iso3166.csv`` from pycountry (ISO 3166-1 and the withdrawn codes of ISO 3166-3).

Run from anywhere: ``python build_countries.py``. The output is committed, so the plugin never
needs pycountry at run time; rerun after a pycountry upgrade to pick up ISO changes. The names
people actually write, demonyms and capitals live in ``states.csv`` (hand-kept), not here.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "iso3166.csv"
FIELDS = ("alpha3", "alpha2", "numeric", "name", "official_name", "status")


def _clean(name: str) -> str:
    """ISO's inverted names ("Korea, Republic of") as written in running text."""
    if ", " in name:
        head, _, tail = name.partition(", ")
        if tail.endswith((" of", " of the")):
            return f"{tail} {head}"
        return head
    return name


def rows() -> list[dict[str, str]]:
    import pycountry

    out = []
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or _clean(country.name)
        out.append(
            {
                "alpha3": country.alpha_3,
                "alpha2": country.alpha_2,
                "numeric": country.numeric,
                "name": name,
                "official_name": getattr(country, "official_name", "") or country.name,
                "status": "current",
            }
        )
    current = {row["alpha3"] for row in out}
    for country in pycountry.historic_countries:
        if country.alpha_3 in current:
            continue
        out.append(
            {
                "alpha3": country.alpha_3,
                "alpha2": getattr(country, "alpha_2", ""),
                "numeric": getattr(country, "numeric", ""),
                "name": _clean(country.name),
                "official_name": country.name,
                "status": "withdrawn",
            }
        )
    return sorted(out, key=lambda row: (row["status"], row["alpha3"]))


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows())
    print(f"wrote {OUT.name}")


if __name__ == "__main__":
    main()
