"""Build ``src/parley/data/events/cameo_plover.csv`` and ``plover.csv`` from the reference files.

Reads (relative to the repository root) ``../shared/reference/``:

* ``CAMEO2PLOVER-2021.txt``  CAMEO -> PLOVER type, mode, context
  (openeventdata/PLOVER @5e0c24fb, CC BY-SA 4.0)
* ``CAMEO.goldsteinscale.tsv``  Goldstein (1992) scores as published by GDELT
* ``PLOVER_MANUAL.tex``  PLOVER 2.0 event types, their modes and quad categories (same repo and licence)

Usage::

    python tools/make_cameo_plover.py [--reference ../shared/reference] [--out src/parley/data/events]

The outputs are committed; rerun this only when the reference files change.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CROSSWALK_CITE = "CAMEO2PLOVER-2021 (openeventdata/PLOVER @5e0c24fb, CC BY-SA 4.0)"
GOLDSTEIN_CITE = "Goldstein (1992) via GDELT CAMEO.goldsteinscale.txt"
MANUAL_CITE = "PLOVER manual 2.0 (openeventdata/PLOVER @5e0c24fb, CC BY-SA 4.0)"

# CAMEO's own labels for the root codes (the crosswalk gives only the PLOVER type on root lines)
# and for the 01/02 families, which the 2021 crosswalk leaves out (PLOVER has no such types).
CAMEO_LABELS = {
    "01": "Make public statement",
    "010": "Make statement, not specified below",
    "011": "Decline comment",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
    "02": "Appeal",
    "020": "Make an appeal or request, not specified below",
    "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation (such as policy support)",
    "023": "Appeal for aid",
    "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change",
    "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime",
    "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}
# Spelling slips in the crosswalk's labels, corrected here.
TYPO_FIXES = {"Apolgize": "Apologize", "adminstrative": "administrative", "Ostruct": "Obstruct"}

# Default CAMEO code per PLOVER type ("" key) and per (type, mode). Chosen by hand from the crosswalk:
# each code's crosswalk type equals the PLOVER type (tested). Where no code has the mode, the nearest
# code of the type is used and the note says so.
DEFAULTS: dict[str, dict[str, tuple[str, str]]] = {
    "AGREE": {"": ("030", "")},
    "CONSULT": {
        "": ("040", ""),
        "visit": ("042", ""),
        "third-party": ("044", ""),
        "multilateral": ("040", "no CAMEO code for multilateral meetings; root used"),
        "phone": ("041", ""),
    },
    "SUPPORT": {"": ("051", "")},
    "CONCEDE": {"": ("080", "")},
    "COOPERATE": {"": ("060", "")},
    "AID": {"": ("070", "")},
    "RETREAT": {
        "": ("084", "first RETREAT code of the crosswalk"),
        "withdraw": ("0874", ""),
        "release": ("0841", ""),
        "disarm": ("0873", ""),
        "ceasefire": ("0871", ""),
        "access": ("086", ""),
        "resign": ("084", "no CAMEO code for resignation; nearest RETREAT code used"),
    },
    "REQUEST": {
        "": ("100", ""),
        "assist": ("101", ""),
        "change": ("104", ""),
        "yield": ("105", ""),
        "meet": ("106", ""),
    },
    "ACCUSE": {
        "": ("110", ""),
        "disapprove": ("111", ""),
        "investigate": ("090", ""),
        "allege": ("112", ""),
    },
    "REJECT": {
        "": ("120", ""),
        "assist": ("121", ""),
        "change": ("123", ""),
        "yield": ("124", ""),
        "meet": ("125", ""),
    },
    "THREATEN": {
        "": ("130", ""),
        "restrict": ("1312", ""),
        "arrest": ("132", "no CAMEO code for threats of arrest; administrative sanctions used"),
        "relations": ("1313", ""),
        "expel": ("136", ""),
        "territory": ("1382", ""),
        "violence": ("138", ""),
    },
    "PROTEST": {
        "": ("140", ""),
        "demo": ("141", ""),
        "riot": ("145", ""),
        "strike": ("143", ""),
        "hunger": ("142", ""),
        "boycott": ("143", ""),
        "obstruct": ("144", ""),
        "vandalize": ("145", "no CAMEO code for symbolic vandalism; violent protest used"),
    },
    "SANCTION": {
        "": ("160", ""),
        "convict": ("160", "CAMEO 116 (find guilty) is ACCUSE in the crosswalk; SANCTION root used"),
        "expel": ("166", ""),
        "withdraw": ("161", ""),
        "discontinue": ("162", ""),
    },
    "MOBILIZE": {
        "": ("150", ""),
        "troops": ("154", ""),
        "weapons": ("152", ""),
        "police": ("153", ""),
        "militia": ("154", ""),
    },
    "COERCE": {
        "": ("170", ""),
        "seize": ("171", ""),
        "restrict": ("172", ""),
        "censor": ("1721", ""),
        "curfew": ("1723", ""),
        "martial-law": ("1724", ""),
        "arrest": ("173", ""),
        "deport": ("174", ""),
        "withhold": ("170", "no CAMEO code; root used"),
        "misinformation": ("170", "no CAMEO code; root used"),
        "cyber": ("170", "no CAMEO code; root used"),
    },
    "ASSAULT": {
        "": ("190", ""),
        "abduct": ("181", ""),
        "beat": ("182", ""),
        "torture": ("1822", ""),
        "sexual": ("1821", ""),
        "targeted": ("186", ""),
        "destroy": ("1712", ""),
        "primitive": ("180", ""),
        "firearms": ("193", ""),
        "explosives": ("183", ""),
        "suicide-attack": ("1831", ""),
        "aerial": ("195", ""),
        "drone": ("195", ""),
        "heavy-weapons": ("194", ""),
        "crowd-control": ("175", ""),
        "unconventional": ("204", ""),
    },
}

# Our own one-line glosses of each type and mode (not the manual's wording).
GLOSSES = {
    "AGREE": "say one will cooperate: offer, promise, agree to",
    "CONSULT": "meet, talk or negotiate",
    "SUPPORT": "verbal or diplomatic backing; signing an accord",
    "CONCEDE": "verbal concession, easing or regret without immediate material effect",
    "COOPERATE": "joint material cooperation benefiting both sides",
    "AID": "material help benefiting the recipient",
    "RETREAT": "material step back: release, withdraw, disarm, resign",
    "REQUEST": "ask, urge or demand",
    "ACCUSE": "criticise, allege, sue or investigate",
    "REJECT": "refuse or turn down",
    "THREATEN": "warn of harmful action",
    "PROTEST": "collective civilian dissent",
    "SANCTION": "cut back existing relations or exchanges",
    "MOBILIZE": "show or ready force without using it",
    "COERCE": "repression or coercion short of violence",
    "ASSAULT": "violence that can cause physical harm",
}
MODE_GLOSSES = {
    "visit": "one side travels to the other, who hosts",
    "third-party": "meeting hosted by someone else",
    "multilateral": "meeting in an alliance, IGO or summit setting",
    "phone": "call, video link or other remote channel",
    "withdraw": "pull forces back from an area",
    "release": "free captives or prisoners",
    "disarm": "give up weapons, demobilise, surrender",
    "ceasefire": "put a truce into effect",
    "access": "let observers, peacekeepers or aid workers in",
    "resign": "an official steps down",
    "assist": "about aid, exchange or relations",
    "change": "about policy, leadership or institutions",
    "yield": "about releases, lifting sanctions or de-escalation",
    "meet": "about meetings and negotiations",
    "disapprove": "criticise, condemn, complain",
    "investigate": "open or run an inquiry",
    "allege": "accuse, charge, indict or sue",
    "restrict": "limits on movement, trade or political activity",
    "arrest": "arrest or detention",
    "relations": "cutting ties or talks",
    "expel": "expulsion of diplomats, missions or members",
    "territory": "taking control of territory",
    "violence": "use of force",
    "demo": "peaceful demonstration or rally",
    "riot": "violent unrest",
    "strike": "work stoppage",
    "hunger": "hunger strike",
    "boycott": "refusing commercial or social dealings",
    "obstruct": "blocking roads or access",
    "vandalize": "symbolic damage to property",
    "convict": "court finds guilty or liable",
    "discontinue": "cut or end exchanges, aid or ties; international sanctions",
    "troops": "armed forces readied or moved",
    "weapons": "weapon systems, ships or vehicles readied",
    "police": "police or security units readied",
    "militia": "non-state armed group readied",
    "seize": "confiscation, search or raid",
    "censor": "blocking publications or information",
    "curfew": "curfew imposed",
    "martial-law": "emergency rule or martial law",
    "deport": "individuals expelled from a country",
    "withhold": "public services or supplies cut off",
    "misinformation": "deception or influence operations",
    "cyber": "hacking and other cyber attacks",
    "abduct": "kidnapping or hijacking",
    "beat": "beating or physical blows",
    "torture": "torture",
    "sexual": "sexual violence",
    "targeted": "assassination, execution or killing of the defenceless",
    "destroy": "deliberate destruction of property",
    "primitive": "knives, fire, stones and similar",
    "firearms": "guns and small arms",
    "explosives": "bombs, mines, IEDs not fired by heavy weapons",
    "suicide-attack": "suicide attack, on foot or by vehicle",
    "aerial": "crewed aircraft or helicopters",
    "drone": "unmanned aircraft",
    "heavy-weapons": "artillery, rockets, tanks",
    "crowd-control": "tear gas, water cannon and similar less-lethal means",
    "unconventional": "chemical, biological, radiological or nuclear weapons",
}
QUADS = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}


def quad_of_root(code: str) -> int:
    """QuadClass of a CAMEO code from its two-digit root (GDELT codebook)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_goldstein(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text("utf-8").splitlines()[1:]:
        if line.strip():
            code, score = line.split("\t")
            out[code.strip()] = float(score)
    return out


def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str, str]]:
    """code -> (type, mode, context, description); first occurrence wins."""
    out: dict[str, tuple[str, str, str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        body, _, desc = rest.partition("#")
        parts = [p.strip() for p in body.split(",")] + ["", ""]
        etype, mode, context = parts[0], parts[1], parts[2]
        if etype in ("---", ""):
            etype = ""
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        desc = re.split(r"\s{2,}", desc.strip())[0]  # drops editor's notes such as "21.09.17: ..."
        for bad, good in TYPO_FIXES.items():
            desc = desc.replace(bad, good)
        if code not in out:
            out[code] = (etype, mode, context, desc)
    return out


def build_cameo(ref: Path) -> str:
    gold = read_goldstein(ref / "CAMEO.goldsteinscale.tsv")
    walk = read_crosswalk(ref / "CAMEO2PLOVER-2021.txt")
    buf = io.StringIO()
    buf.write(
        "# CAMEO event codes with their PLOVER 2021 crosswalk entry, QuadClass and Goldstein score.\n"
        "# Generated by tools/make_cameo_plover.py; do not edit by hand.\n"
        f"# Sources: {CROSSWALK_CITE};\n#   {GOLDSTEIN_CITE}.\n"
        "# Licence: derived from the CC BY-SA 4.0 crosswalk, so this file is CC BY-SA 4.0 too.\n"
        "# Columns:\n"
        "#   cameo        CAMEO code (2-, 3- or 4-digit string, leading zero kept)\n"
        "#   description  CAMEO's short label for the code\n"
        "#   event_type   PLOVER type from the crosswalk; EMPTY where the crosswalk gives none\n"
        "#                (the 01 and 02 families, which PLOVER dropped). Root 08 is listed under\n"
        "#                both CONCEDE and RETREAT; CONCEDE (first listing, type of 080) is kept.\n"
        "#   mode         PLOVER mode from the crosswalk (draft 0.8 names, may differ from\n"
        "#                manual 2.0), or empty\n"
        "#   context      PLOVER contexts from the crosswalk, ';'-separated, or empty (crosswalk\n"
        "#                names: 'democracy' and 'humanitarian' are not in manual 2.0's list)\n"
        "#   quad_class   1 verbal coop (roots 01-05), 2 material coop (06-08), 3 verbal conflict\n"
        "#                (09-13), 4 material conflict (14-20): GDELT codebook, by CAMEO root\n"
        "#   goldstein    Goldstein score, -10..+10; 1213 and 1214 are missing from the GDELT\n"
        "#                table and take the score of their parent 121 (see the source column)\n"
        "#   source       where the row's facts come from\n"
    )
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["cameo", "description", "event_type", "mode", "context", "quad_class", "goldstein", "source"])
    for code in sorted(set(gold) | set(walk)):
        etype, mode, context, desc = walk.get(code, ("", "", "", ""))
        desc = CAMEO_LABELS.get(code, desc) if not desc else desc
        if not desc:
            raise SystemExit(f"no description for CAMEO {code}")
        sources = []
        if code in walk:
            sources.append("CAMEO2PLOVER-2021")
        else:
            sources.append("CAMEO codebook label (not in CAMEO2PLOVER-2021)")
        if code in gold:
            score = gold[code]
            sources.append("GDELT Goldstein")
        else:
            parent = code[:-1]
            score = gold[parent]
            sources.append(f"GDELT Goldstein of parent {parent}")
        w.writerow([code, desc, etype, mode, context, quad_of_root(code), score, "; ".join(sources)])
    return buf.getvalue()


def read_manual(path: Path) -> list[tuple[str, int, list[str]]]:
    """[(type, quad_class, [modes...])] in manual order, from the Event Categories chapter."""
    tex = path.read_text("utf-8")
    chapter = tex.split(r"\chapter{Event Categories}", 1)[1].split(r"\chapter{", 1)[0]
    out = []
    for block in re.split(r"\\section\{", chapter)[1:]:
        etype = block.split("}", 1)[0].strip()
        quad = re.search(r"Quad category:\s*([A-Z ]+)\}", block)
        if not quad:
            raise SystemExit(f"no quad category for {etype}")
        modes: list[str] = []
        table = re.search(r"Name & Content \\\\\s*\\hline(.*?)\\end\{tabular\}", block, re.S)
        if table:
            body = "\n".join(ln for ln in table.group(1).splitlines() if not ln.strip().startswith("%"))
            for row in body.split("\\\\"):  # LaTeX row ends
                row = row.replace("\\hline", "").strip()
                if row and not row.startswith("&"):
                    modes.append(row.split("&", 1)[0].strip())
        out.append((etype, QUADS[quad.group(1).strip()], modes))
    return out


def build_plover(ref: Path, cameo_types: dict[str, str]) -> str:
    types = read_manual(ref / "PLOVER_MANUAL.tex")
    buf = io.StringIO()
    buf.write(
        "# The 16 PLOVER 2.0 event types and their modes, each with a default CAMEO code.\n"
        "# Generated by tools/make_cameo_plover.py; do not edit by hand.\n"
        f"# Sources: types, modes and quad categories from the {MANUAL_CITE};\n"
        f"#   default CAMEO codes chosen from {CROSSWALK_CITE}. Licence CC BY-SA 4.0 (derived data).\n"
        "# One row per type (empty mode) followed by one row per (type, mode), in manual order.\n"
        "# Columns:\n"
        "#   event_type    PLOVER type\n"
        "#   mode          PLOVER 2.0 mode, empty on the type's own row\n"
        "#   default_cameo CAMEO code to report when only type (and mode) are known; its crosswalk type is\n"
        "#                 event_type (where no code has the mode the nearest code of the type is used)\n"
        "#   quad_class    the manual's quad category: 1 verbal coop, 2 material coop, 3 verbal conflict,\n"
        "#                 4 material conflict\n"
        "#   description   our short gloss of the type or mode\n"
        "#   source        citation; notes on the default code where it is an approximation\n"
    )
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["event_type", "mode", "default_cameo", "quad_class", "description", "source"])
    for etype, quad, modes in types:
        defaults = DEFAULTS[etype]
        if set(defaults) - {""} != set(modes):
            raise SystemExit(f"{etype}: defaults {sorted(defaults)} vs manual modes {modes}")
        for mode in ["", *modes]:
            code, note = defaults[mode]
            if cameo_types[code] != etype:
                raise SystemExit(f"{etype}/{mode}: CAMEO {code} is {cameo_types[code]!r} in the crosswalk")
            gloss = GLOSSES[etype] if not mode else MODE_GLOSSES[mode]
            source = "PLOVER manual 2.0; CAMEO2PLOVER-2021" + (f" ({note})" if note else "")
            w.writerow([etype, mode, code, quad, gloss, source])
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=ROOT / ".." / "shared" / "reference")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "parley" / "data" / "events")
    args = ap.parse_args()
    cameo = build_cameo(args.reference)
    rows = csv.reader(line for line in cameo.splitlines() if not line.startswith("#"))
    next(rows)
    cameo_types = {r[0]: r[2] for r in rows}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "cameo_plover.csv").write_text(cameo, "utf-8")
    (args.out / "plover.csv").write_text(build_plover(args.reference, cameo_types), "utf-8")


if __name__ == "__main__":
    main()
