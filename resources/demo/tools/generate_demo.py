#!/usr/bin/env python3
"""Generates the demo data set of OneWindow under resources/demo/ (catalog, themes, applicants, cases,
site) from the tables next to this script. Deterministic: the same tables and --as-of give the same
files byte for byte.

    python3 resources/demo/tools/generate_demo.py [--as-of 2026-11-26]

Dates of cases are computed for the as-of day with the shipped holiday arrangements
(resources/data/holidays-cn). A loader that runs on another day shifts every date of cases.json by
the working days between "asOf" and its today, so that deadlines keep their distance.
"""

import sys

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__

import argparse  # noqa: E402
import datetime as dt
import hashlib
import json
import pathlib
import random
import uuid

import catalog_items
import identifiers
import materials
import people
import themes_and_cases

HERE = pathlib.Path(__file__).resolve().parent
DEMO = HERE.parent
HOLIDAYS = DEMO.parent / "data" / "holidays-cn"

REGION, HALL, HALL_NAME = "420800", 1, "荆门市政务服务中心"
CODE_PREFIX = "HB-JM-"
KINDS = {"L": "licensing", "C": "confirmation", "P": "publicService", "O": "otherPower"}
TZ = dt.timezone(dt.timedelta(hours=8))
UUID_NAMESPACE = uuid.UUID("6f1d8a52-3c0e-4b8e-9a55-1f0c2b7d4e61")
QUERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # core/QueryCode


class Calendar:
    """Working days as core/WorkingCalendar counts them: listed off days, listed make-up days, else Mon-Fri."""

    def __init__(self):
        self.days = {}
        for path in sorted(HOLIDAYS.glob("*.json")):
            for day in json.loads(path.read_text(encoding="utf-8"))["days"]:
                self.days[dt.date.fromisoformat(day["date"])] = not day["isOffDay"]

    def working(self, day):
        return self.days.get(day, day.weekday() < 5)

    def add(self, start, n):
        """The n-th working day after start (start itself does not count); n may be negative."""
        step, day = (1 if n >= 0 else -1), start
        for _ in range(abs(n)):
            day += dt.timedelta(days=step)
            while not self.working(day):
                day += dt.timedelta(days=step)
        return day


def parse_material(spec, item_name):
    if spec.startswith("@"):
        key, *mods = spec[1:].split("|")
        required_override = key.endswith("!")
        name, form, copies, required, licences, commit = materials.SHARED[key.rstrip("!")]
        required = required or required_override
    else:
        name, *mods = spec.split("|")
        form, copies, required, licences, commit = "original", 1, True, [], False
    for mod in mods:
        if mod == "copy":
            form = "copy"
        elif mod == "opt":
            required = False
        elif mod == "commit":
            commit = True
        elif mod.startswith("x"):
            copies = int(mod[1:])
        elif mod.startswith("lic="):
            licences = mod[4:].split(",")
        else:
            raise ValueError(f"{item_name}: unknown material option {mod}")
    return {"name": name, "form": form, "copies": copies, "required": required, "licenceTypes": list(licences),
            "commitmentAllowed": commit}


def application_form(name):
    suffix = "申请书" if name.endswith("登记") else "申请表"
    return {"name": f"《{name}{suffix}》", "form": "original", "copies": 1, "required": True, "licenceTypes": [],
            "commitmentAllowed": False}


def build_catalog():
    items = []
    for d, (department, rows) in enumerate(catalog_items.DEPARTMENTS, start=1):
        for i, row in enumerate(rows, start=1):
            name, kind, promised, legal, subject, extra = row[:6]
            options = row[6] if len(row) > 6 else {}
            assert 0 <= promised <= legal, name
            specs = []
            if subject in "PB" and not options.get("noid"):
                specs.append("@id")
            if subject == "E":
                if options.get("org"):
                    specs.append("@orgcert")
                elif not options.get("new"):
                    specs.append("@biz")
                if not any(s.startswith("@poa") for s in extra):
                    specs.append("@poa")
            mats = [application_form(name)] + [parse_material(s, name) for s in specs + extra]
            names = [m["name"] for m in mats]
            assert len(set(names)) == len(names), f"{name}: a material twice"
            assert 2 <= len(mats) <= 8, f"{name}: {len(mats)} materials"
            items.append({
                "code": f"{CODE_PREFIX}{d:02d}{i:04d}",
                "name": name,
                "department": department,
                "kind": KINDS[kind],
                "subject": {"P": "person", "E": "enterprise", "B": "any"}[subject],
                "promisedDays": promised,
                "legalDays": legal,
                "feeFen": int(options.get("fee", 0) * 100),
                "deliveryOptions": ["counter"] if promised == 0 else ["counter", "mail"],
                "materials": mats,
            })
    names = [item["name"] for item in items]
    assert len(set(names)) == len(names), "an item name twice"
    return items


def build_themes(by_name):
    themes = []
    for n, (name, item_names) in enumerate(themes_and_cases.THEMES, start=1):
        codes = [by_name[i]["code"] for i in item_names]
        counts = {}
        for i in item_names:
            for m in by_name[i]["materials"]:
                counts[m["name"]] = counts.get(m["name"], 0) + 1
        shared = sorted(k for k, v in counts.items() if v > 1)
        themes.append({"code": f"{CODE_PREFIX}T{n:03d}", "name": name, "itemCodes": codes,
                       "sharedMaterials": shared})
    assert sum(1 for t in themes if "营业执照" in t["sharedMaterials"]) >= 3
    return themes


def licence_list(entries, own_number):
    return [{"type": t, "number": number or own_number, "issuer": issuer, "trustLevel": trust}
            for t, number, issuer, trust in entries]


def build_applicants():
    persons, enterprises = [], []
    for ref, (name, gender, ethnicity, region, birth, seq, address, phone, lic) in people.PERSONS.items():
        assert (seq % 2 == 1) == (gender == "male"), ref
        number = identifiers.resident_id(region, birth, seq)
        born = dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
        issued = dt.date(max(born.year + 26, 2016), born.month, min(born.day, 28))
        age = 2026 - born.year
        long_term = age >= 46
        licences = [("居民身份证", None, "荆门市公安局", "A")] + lic
        if ref in ("P-zhangwei", "P-wangxiuying", "P-majun"):
            licences.append(("社会保障卡", None, "荆门市人力资源和社会保障局", "A"))
        if not any(t == "居民户口簿" for t, *_ in licences):
            licences.append(("居民户口簿", None, "荆门市公安局", "A"))
        persons.append({
            "ref": ref, "kind": "person", "idNumber": number, "name": name, "gender": gender,
            "ethnicity": ethnicity, "birthDate": born.isoformat(), "address": address, "phone": phone,
            "idValidLongTerm": long_term,
            "idValidUntil": None if long_term else issued.replace(year=issued.year + (20 if age >= 26 else 10)).isoformat(),
            "licences": licence_list(licences, number),
        })
    person_names = {p["ref"]: p["name"] for p in persons}
    for ref, (name, kind, region, body, rep, address, phone, agents, lic) in people.ENTERPRISES.items():
        code = identifiers.credit_code(kind, region, body)
        enterprises.append({
            "ref": ref, "kind": "enterprise", "creditCode": code, "name": name,
            "legalRepresentative": person_names[rep], "legalRepresentativeRef": rep, "address": address,
            "phone": phone, "agentRefs": agents, "licences": licence_list(lic, code),
        })
    return persons + enterprises


def at(day, hhmm):
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, h, m, tzinfo=TZ)


class CaseBuilder:
    def __init__(self, cal, as_of, by_name, applicants):
        self.cal, self.as_of, self.by_name = cal, as_of, by_name
        self.applicants = {a["ref"]: a for a in applicants}
        self.random = random.Random(20201225)
        self.sequences = {}
        self.uuids = {}

    def stamp(self, when):
        assert when <= self.as_of, f"{when} is after the as-of moment"
        return when.isoformat()

    def materials(self, spec, items):
        applicant = self.applicants[spec["applicant"]]
        held = {lic["type"]: lic["number"] for lic in applicant["licences"]}
        out, seen = [], set()
        for item in items:
            for m in item["materials"]:
                if m["name"] in seen:
                    continue  # a theme asks for a shared material once
                seen.add(m["name"])
                is_poa = m["name"].startswith("授权委托书")
                if not m["required"] and not (is_poa and spec.get("agent")):
                    continue
                if m["name"] in spec.get("commit", []):
                    out.append({"requirementName": m["name"], "source": "commitment", "pageCount": 0})
                    continue
                if "居民身份证" in m["licenceTypes"] and applicant["kind"] == "person" and m["name"] == "申请人居民身份证":
                    out.append({"requirementName": m["name"], "source": "originalSeen", "pageCount": 0,
                                "reference": applicant["idNumber"]})
                    continue
                licence = next((held[t] for t in m["licenceTypes"] if t in held), None)
                if licence:
                    out.append({"requirementName": m["name"], "source": "electronicLicence", "pageCount": 0,
                                "reference": licence})
                else:
                    out.append({"requirementName": m["name"], "source": "pages",
                                "pageCount": 1 + self.random.randrange(4)})
        for name, pages in spec.get("extra", []):
            out.append({"requirementName": name, "source": "pages", "pageCount": pages})
        return out

    def build(self, spec):
        items = [self.by_name[n] for n in spec["items"]]
        promised = max(i["promisedDays"] for i in items)
        if "due" in spec:
            accepted_day = self.cal.add(self.as_of.date(), spec["due"] - promised)
        elif "back" in spec:
            accepted_day = self.cal.add(self.as_of.date(), -spec["back"])
        else:
            accepted_day = dt.date.fromisoformat(spec["date"])
        assert self.cal.working(accepted_day), spec["ref"]
        accepted = at(accepted_day, spec["time"])
        clerk = spec["clerk"]
        window = people.STAFF[clerk][2]
        # The window's how-many-th case of the day: about one every five minutes since the hall opened.
        key = (window, accepted_day)
        minutes = (accepted.hour - 8) * 60 + accepted.minute - 30
        self.sequences[key] = max(self.sequences.get(key, 0) + 1, 1 + max(minutes, 0) // 5)
        number = identifiers.acceptance_number(REGION, HALL, window, accepted_day, self.sequences[key])
        case_uuid = str(uuid.uuid5(UUID_NAMESPACE, number))
        self.uuids[spec["ref"]] = case_uuid
        deadline = self.cal.add(accepted_day, promised)
        status = spec["status"]
        delivery = spec.get("delivery", "counter")
        history = self.history(spec, accepted, promised, deadline, clerk, items[0]["department"], delivery)
        case = {
            "ref": spec["ref"], "uuid": case_uuid, "acceptanceNumber": number,
            "applicantRef": spec["applicant"], "agentRef": spec.get("agent"),
            "itemCodes": [i["code"] for i in items], "window": str(window), "clerk": clerk,
            "status": status, "acceptedAt": self.stamp(accepted),
            "deadline": None if status == "refused" else deadline.isoformat(), "deadlineProvisional": False,
            "delivery": delivery,
            "queryCode": "".join(self.random.choice(QUERY_ALPHABET) for _ in range(6)),
            "materials": [] if status == "refused" else self.materials(spec, items),
            "history": history,
        }
        if "rating" in spec:
            case["rating"] = {"level": spec["rating"], "reason": spec.get("ratingReason"),
                              "followUp": "pending" if spec["rating"] in ("dissatisfied", "veryDissatisfied") else None}
        return case

    def history(self, spec, accepted, promised, deadline, clerk, department, delivery):
        status, cal = spec["status"], self.cal
        events = []

        def add(state, when, by, note=""):
            events.append({"status": state, "at": self.stamp(when), "by": by, "note": note})

        if status == "refused":
            add("refused", accepted, clerk, spec["note"])
            return events
        add("accepted", accepted, clerk)
        if status == "accepted":
            return events
        if status == "returnedForMaterials":
            add("returnedForMaterials", accepted + dt.timedelta(days=0, hours=1), clerk, spec["note"])
            return events
        if promised == 0:  # 即办: finished during the visit
            done = accepted + dt.timedelta(minutes=6)
            add("completed", done, clerk)
            add("delivered", done + dt.timedelta(minutes=2), clerk, "当场出件")
            return events
        day = accepted.date()
        dispatched = at(day, "16:30") if accepted.hour < 16 else at(cal.add(day, 1), "09:00")
        add("dispatched", dispatched, "chengang", f"派件单送{department}")
        if status == "dispatched":
            return events
        add("inProcess", at(cal.add(dispatched.date(), 1), "09:30"), "", f"{department}签收")
        if status == "inProcess":
            return events
        done_day = cal.add(deadline, -(promised // 3))
        add("completed", at(done_day, "15:00"), "", f"{department}办结")
        add("resultReady", at(done_day, "16:30"), "chengang", "结果送达统一出件窗口")
        if status == "resultReady":
            return events
        handed = at(cal.add(done_day, 1), "10:00")
        tracking = f"EMS {1100000000000 + self.random.randrange(10**12)}"
        add("delivered", handed, "chengang", tracking if delivery == "mail" else "申请人窗口领取")
        assert status == "delivered", spec["ref"]
        return events


def write(name, payload):
    text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    (DEMO / name).write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", default="2026-11-26", help="the demo's today (YYYY-MM-DD)")
    args = parser.parse_args()
    cal = Calendar()
    as_of = at(dt.date.fromisoformat(args.as_of), "08:30")

    catalog = build_catalog()
    by_name = {i["name"]: i for i in catalog}
    themes = build_themes(by_name)
    applicants = build_applicants()
    builder = CaseBuilder(cal, as_of, by_name, applicants)
    cases = [builder.build(s) for s in themes_and_cases.CLOSED + themes_and_cases.OPEN]
    reuse_from = {c["ref"]: c for c in cases}
    for person in applicants:  # materials kept in the profile for reuse (一次录入、多次复用)
        if person["ref"] == "P-zhangwei":
            old = reuse_from["zhang-2025"]
            person["profileMaterials"] = [{"name": m["requirementName"], "fromCase": old["uuid"],
                                           "pageCount": m["pageCount"], "validUntil": "2028-06-30"}
                                          for m in old["materials"] if m["requirementName"].startswith("房屋租赁合同")]
    header = {"version": 1, "generatedBy": "resources/demo/tools/generate_demo.py"}
    digests = {
        "catalog.json": write("catalog.json", {**header, "region": REGION, "items": catalog}),
        "themes.json": write("themes.json", {**header, "themes": themes}),
        "applicants.json": write("applicants.json", {**header, "applicants": applicants}),
        "cases.json": write("cases.json", {**header, "asOf": as_of.isoformat(), "cases": cases}),
        "site.json": write("site.json", {**header, "hallName": HALL_NAME, "regionCode": REGION, "hall": HALL,
                                         "window": 7, "clerk": {"login": "wangli", "name": "王丽", "role": "clerk"},
                                         "staff": [{"login": k, "name": n, "role": r, "window": w or None}
                                                   for k, (n, r, w) in people.STAFF.items()]}),
    }
    open_states = {"accepted", "dispatched", "inProcess", "returnedForMaterials"}
    print(f"{len(catalog)} items in {len(catalog_items.DEPARTMENTS)} departments, {len(themes)} themes, "
          f"{len(applicants)} applicants, {len(cases)} cases ({sum(c['status'] in open_states for c in cases)} open)")
    for name, digest in digests.items():
        print(f"  {name}  sha256 {digest}…")


if __name__ == "__main__":
    main()
