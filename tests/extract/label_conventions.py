#!/usr/bin/env python3
"""List, per labelling convention, which cases follow which choice.

usage: label_conventions.py [SET ...] [--only NAME] [--brief]

SET is a folder of cases under tests/extract (default: every set: cases, dev2
.. dev8, dev28, dev29). For each convention of LABELLING.md the script
finds the cases where the convention applies (from source.txt and
expected.json), and groups them by the choice their label makes. A group named
"DIFFERS" holds the cases whose label does not follow LABELLING.md. The
detection is a set of plain text cues, not the extractor: it finds the cases
to look at; a person decides. --brief prints only the counts per group.

Standard library only; reads Shift_JIS / EUC-JP sources as well as UTF-8.
"""
import argparse
import html
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["cases", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev28", "dev29"]


def decode(b):
    for enc in ("utf-8", "cp932", "euc_jp"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def plain(t):
    if re.search(r"<(html|div|p|body|table|article)\b", t, re.I):
        t = re.sub(r"(?is)<(script|style).*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t


ZEN = str.maketrans("０１２３４５６７８９，", "0123456789,")
KANJI = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def kanji_num(s):
    """百二十八 -> 128, 四百十二 -> 412 (enough for counts and dates in notices)."""
    total, cur, unit_seen = 0, 0, False
    for ch in s:
        if ch in KANJI:
            cur = cur * 10 + KANJI[ch] if not unit_seen else KANJI[ch]
            unit_seen = False
        elif ch in "十百千":
            mul = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * mul
            cur, unit_seen = 0, True
        elif ch == "万":
            total = (total + cur) * 10000
            cur = 0
    return total + cur


def norm_digits(t):
    """Full-width digits to ASCII; kanji numerals to digits where they count or date something
    (百二十八件, 十一月十五日), not in words such as 一部 or 一斉."""
    t = t.translate(ZEN)
    return re.sub(r"(?<!\d)[〇一二三四五六七八九十百千]+(?=(名|人|件|通|枚|世帯|年|月|日|冊|点))",
                  lambda m: str(kanji_num(m.group(0))), t)


def load(sets):
    out = []
    for s in sets:
        d = os.path.join(HERE, s)
        if not os.path.isdir(d):
            continue
        for c in sorted(os.listdir(d)):
            p = os.path.join(d, c)
            if not os.path.isfile(os.path.join(p, "expected.json")):
                continue
            exp = json.load(open(os.path.join(p, "expected.json"), encoding="utf-8"))
            src = plain(decode(open(os.path.join(p, "source.txt"), "rb").read()))
            out.append((f"{s}/{c}", exp, src, norm_digits(src)))
    return out


# ---------------------------------------------------------------- conventions
# Each returns {choice: [case, ...]} for the cases it applies to; the choice
# "DIFFERS: ..." marks labels that do not follow LABELLING.md.

SCHOOL = (r"(?:[一-龥ぁ-んァ-ンー]{1,6}(?:市立|県立|府立|都立|道立|町立|村立))?[一-龥ぁ-んァ-ンー]{2,10}?"
          r"(?:小学校|中学校|高等学校|義務教育学校|特別支援学校|中等教育学校)")


def conv_org_school(cases):
    """organization, school incidents: the school named by the notice, not the 教育委員会 / district."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        org = e.get("organization") or ""
        ja_board = "教育委員会" in src or "教育庁" in src
        en_board = re.search(r"School (District|Board)|Public Schools", src)
        if not (ja_board or en_board):
            continue
        schools = set(m.group(0) for m in re.finditer(SCHOOL, src)) if ja_board else set()
        schools = {s for s in schools
                   if not re.search(r"[全各内のは]|^(市立|県立|府立|都立|道立|町立|村立|当該|同)?(小|中|高等|小中)学校$", s)
                   and not re.match(r"^(当該|同)", s)}
        named = sorted(schools, key=len)
        if re.search(r"(小学校|中学校|高等学校|学校|School)$", org) and "教育委員会" not in org:
            g["school"].append(f"{cid} ({org})")
        elif "教育委員会" in org or re.search(r"District|Board|Public Schools", org):
            if ja_board and named:
                g["DIFFERS: board although the notice names the school"].append(f"{cid} ({org}; names {named[0]})")
            else:
                g["board (no single school named)"].append(f"{cid} ({org})")
        else:
            g["neither"].append(f"{cid} ({org})")
    return g


CORP = r"(医療法人社団|医療法人財団|社会医療法人|医療法人|社会福祉法人|学校法人|国立大学法人|公立大学法人|地方独立行政法人)"
FACILITY = r"(病院|クリニック|医院|診療所|医療センター|保育園|保育所|こども園|幼稚園|大学|学校|ホーム|薬局)"


def conv_org_corporation(cases):
    """organization: the facility (hospital, clinic, school, nursery), not the corporation that runs it."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        org = e.get("organization") or ""
        if not re.search(CORP, src):
            continue
        if re.search(CORP, org) and re.search(FACILITY, org) and re.search(CORP + r"\s*\S+\s+\S*" + FACILITY, org):
            g["DIFFERS: corporation and facility"].append(f"{cid} ({org})")
        elif re.search(CORP, org):
            g["legal-form prefix + the same name (allowed)"].append(f"{cid} ({org})")
        elif re.search(FACILITY, org):
            g["facility"].append(f"{cid} ({org})")
        else:
            g["corporation name (no facility named)"].append(f"{cid} ({org})")
    return g


GOV = r"(都|道|府|県|市|区|町|村)"
UNIT_KEEP = r"(区役所|水道局|上下水道局|交通局|消防局|病院局|警察|教育委員会|社会福祉協議会)$"


def conv_org_unit(cases):
    """organization, government: the municipality / prefecture (or 区役所 with its city), no 局/部/課/室/係."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        org = e.get("organization") or ""
        if e.get("language") != "ja" or not re.search(GOV, org):
            continue
        if re.search(r"(株式会社|法人|大学|学校|病院|保育|クリニック|信用|基金|センター$)", org):
            continue
        if re.search(UNIT_KEEP, org):
            if org.endswith("区役所") and not re.match(r"^\S+?市\S+区役所$", org):
                g["DIFFERS: 区役所 without its city"].append(f"{cid} ({org})")
            else:
                g["body kept (区役所 with city, 水道局, 消防局, 警察, 教育委員会)"].append(f"{cid} ({org})")
        elif re.search(r"(局|部|課|室|係)$", org.replace(" ", "")) or " " in org:
            g["DIFFERS: internal unit kept"].append(f"{cid} ({org})")
        elif re.search(r"(都|道|府|県|市|区|町|村)$", org):
            g["municipality / prefecture"].append(f"{cid} ({org})")
        else:
            g["other form"].append(f"{cid} ({org})")
    return g


VENDOR = r"(委託先|委託業者|委託している|business associate|print(ing)? (and mail )?vendor|third-party vendor|vendor|contractor)"


def conv_org_vendor(cases):
    """organization: the publisher / controller, also when its vendor (委託先) made the error."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        m = re.search(VENDOR, src, re.I)
        if not m:
            continue
        org = e.get("organization") or ""
        head = src[:max(600, len(src) // 3)]
        key = re.sub(r"[\s,.]|株式会社|Inc|LLC", "", org)[:8]
        if key and key in re.sub(r"[\s,.]", "", head):
            g["publisher"].append(f"{cid} ({org})")
        else:
            g["CHECK: label not found near the top"].append(f"{cid} ({org})")
    return g


UNIT_RE = (r"(?<![\dA-Za-z,.-])(\d[\d,]*)\s*(件|通|枚|点|部|冊|綴り|ファイル|pages|files|records|letters|statements|"
           r"photos|photographs|accounts|documents|forms)")
NOT_RECORDS = r"(発送|送付した|全件|総数|うち|準備|約?\d[\d,]*通の封入|mailed|試行|ダウンロード|アドレスあて|延べ\d[\d,]*名)"


def conv_records(cases):
    """affected_records: affected records in any unit; null for operation totals, carriers, lists,
    and counts that repeat the person count."""
    g = defaultdict(list)
    for cid, e, src, nsrc in cases:
        r, p = e.get("affected_records"), e.get("affected_persons")
        counts = []
        for m in re.finditer(UNIT_RE, nsrc, re.I):
            n = int(m.group(1).replace(",", ""))
            if n == 0 or (m.group(2) == "件" and n == 1):
                continue
            counts.append(f"{m.group(1)}{m.group(2)}")
        if r is not None:
            if p is not None and r == p:
                g["DIFFERS: records repeat the person count"].append(f"{cid} (p={p} r={r})")
            else:
                g["records stated (not a repeat of persons)"].append(f"{cid} (p={p} r={r})")
        elif counts:
            g["null; the notice has counts in record units (check: operation total, carrier, list, or = persons?)"
              ].append(f"{cid} (p={p}; {', '.join(counts[:4])})")
    return g


SCHOOL_WORDS = (r"(評定|成績|得点|点数|学籍番号|出席番号|学年|学級|組・|出欠|欠席日数|学校名|最終学歴|学歴|"
                r"grade point|GPA|student ID|class year|grade level|grades?\b|school and grade)")


def conv_items_school(cases):
    """data_items: grades, scores, 評定, class / year, student numbers, school names -> school_or_grade."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        ws = sorted(set(m.group(0) for m in re.finditer(SCHOOL_WORDS, src, re.I)))
        if not ws:
            continue
        items = e.get("data_items") or []
        tag = "school_or_grade" if "school_or_grade" in items else "DIFFERS: no school_or_grade"
        if "school_or_grade" in items and "other" in items:
            tag = "school_or_grade + other (check what 'other' stands for)"
        g[tag].append(f"{cid} ({'/'.join(ws[:5])})")
    return g


ID_WORDS = (r"(患者ID|患者番号|診察券番号|カルテ番号|お客さま番号|お客様番号|顧客番号|会員番号|会員ID|証券番号|"
            r"契約者番号|加入員番号|medical record number|MRN|patient ID|client ID|customer (number|ID)|"
            r"member (number|ID)|account (number|reference)|policy number|loan account)")


def conv_items_ids(cases):
    """data_items: an organisation's customer / member / patient / policy number -> account_number
    (health-plan member IDs -> insurance_number; student IDs -> school_or_grade; employee IDs ->
    employment_information)."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        ws = sorted(set(m.group(0) for m in re.finditer(ID_WORDS, src, re.I)))
        if not ws:
            continue
        items = e.get("data_items") or []
        if "account_number" in items:
            tag = "account_number"
        elif "insurance_number" in items and re.search(r"member (number|ID)|insurance", src, re.I):
            tag = "insurance_number (health-plan member ID)"
        else:
            tag = "DIFFERS: no account_number"
        g[tag].append(f"{cid} ({'/'.join(ws[:4])})")
    return g


def conv_items_age(cases):
    """data_items: age (年齢) -> other (it is not a date of birth)."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        if not re.search(r"年齢|\bages?\b", src):
            continue
        items = e.get("data_items") or []
        g["other" if "other" in items else "DIFFERS: no other"].append(cid)
    return g


HANDOVER = r"(誤交付|誤配付|誤って交付|手渡し|お渡し|配付した際|handed)"


def conv_type_handover(cases):
    """incident_type: papers handed over in person to the wrong person -> other (mail is post/courier)."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        if not re.search(HANDOVER, src[:3000]):
            continue
        t = e.get("incident_type")
        if re.search(r"(誤送付|郵送|送付|mailed|mailing)", src[:400]) and t == "misdelivery_mail":
            g["mailed (handover word elsewhere)"].append(f"{cid} ({t})")
        elif t == "other":
            g["other"].append(cid)
        elif t == "misdelivery_mail":
            g["DIFFERS: misdelivery_mail"].append(cid)
        else:
            g[f"CHECK: {t} (a hand-over word appears; is it the incident?)"].append(cid)
    return g


PREFS = ("北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
         "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 "
         "奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 "
         "熊本県 大分県 宮崎県 鹿児島県 沖縄県").split()
ABBR = r"^([A-Z]{2}|NSW|QLD|VIC|WA|SA|TAS|ACT|NT)$"


def conv_region(cases):
    """prefecture_or_state: the organisation's prefecture / state, written in full; null when nothing
    in the notice fixes it."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        reg = e.get("prefecture_or_state")
        if reg is not None and re.match(ABBR, reg):
            g["DIFFERS: abbreviated"].append(f"{cid} ({reg})")
        elif reg is not None and e.get("language") == "ja" and reg not in PREFS:
            g["DIFFERS: not a prefecture name"].append(f"{cid} ({reg})")
        elif reg is None and e.get("language") == "ja":
            hits = [p for p in PREFS if p in src]
            munis = sorted(set(re.findall(r"[一-龥ぁ-んァ-ン]{1,4}(?:市|町|村)(?=[^民内外長役場立営有]|$)", src)))[:4]
            if hits:
                g["CHECK: null although the notice names a prefecture"].append(f"{cid} ({'/'.join(hits[:3])})")
            elif munis:
                g["CHECK: null; municipality-like words (a real one fixes the prefecture)"].append(
                    f"{cid} ({'/'.join(munis)})")
            else:
                g["null, nothing names a place"].append(cid)
    return g


def conv_persons_bounds(cases):
    """affected_persons: 約 / 最大 / up to / more than N -> N; fewer than / less than N -> null; 延べ -> 実人数."""
    g = defaultdict(list)
    for cid, e, src, nsrc in cases:
        p = e.get("affected_persons")
        if re.search(r"(fewer|less) than [\d,]+", src):
            g["fewer than N: null" if p is None else f"DIFFERS: fewer than N labelled {p}"].append(cid)
        m = re.search(r"実人数\s*(\d[\d,]*)", nsrc)
        if m:
            n = int(m.group(1).replace(",", ""))
            g["延べ with 実人数: 実人数" if p == n else f"DIFFERS: 延べ labelled {p}"].append(cid)
    return g


def conv_announced_report(cases):
    """announced_date: a 第N報 / updated page: this notice's own (first) date."""
    g = defaultdict(list)
    for cid, e, src, _ in cases:
        if re.search(r"第\s*[2-9２-９二三]\s*報|Last updated|Updated", src[:1500]):
            g["listed for review: " + str(e.get("announced_date"))].append(cid)
    return g


MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
ERA = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}


def dates(nsrc, lang, default_year):
    """(iso, offset) for every full date in the text; M月D日 without a year takes default_year."""
    out = []
    pats = [
        (r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日",
         lambda m: (ERA[m[1]] + (1 if m[2] == "元" else int(m[2])), int(m[3]), int(m[4]))),
        (r"\b([RH])\s*(\d{1,2})\.(\d{1,2})\.(\d{1,2})\b", lambda m: (ERA[m[1]] + int(m[2]), int(m[3]), int(m[4]))),
        (r"\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)"
         r"\.?\s+(\d{1,2}),?\s+(\d{4})", lambda m: (int(m[3]), MONTHS[m[1].lower()], int(m[2]))),
        (r"(?i)\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|"
         r"december)\s+(\d{4})", lambda m: (int(m[3]), MONTHS[m[2].lower()], int(m[1]))),
        (r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b",
         lambda m: (int(m[3]), int(m[2]), int(m[1])) if int(m[1]) > 12 or lang == "en-gb"
         else (int(m[3]), int(m[1]), int(m[2]))),
        (r"(?<![\d年/])(\d{1,2})\s*月\s*(\d{1,2})\s*日", lambda m: (default_year, int(m[1]), int(m[2]))),
    ]
    taken = set()
    for pat, fn in pats:
        for m in re.finditer(pat, nsrc):
            if any(a <= m.start() < b for a, b in taken):
                continue
            try:
                y, mo, d = fn(m)
                iso = f"{y:04d}-{mo:02d}-{d:02d}"
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    out.append((iso, m.start()))
                    taken.add((m.start(), m.end()))
            except (TypeError, ValueError, KeyError):
                pass
    return out


def conv_incident_date(cases):
    """incident_date: the earliest stated full date of the incident or its discovery (not the dates
    of the data, of a 第1報, or of the response)."""
    g = defaultdict(list)
    for cid, e, src, nsrc in cases:
        ann, inc = e.get("announced_date"), e.get("incident_date")
        year = int((ann or inc or "2000")[:4])
        lang = "en-gb" if re.search(r"\b(ICO|Information Commissioner|Borough Council|NHS)\b", src) else e["language"]
        ds = [(d, o) for d, o in dates(nsrc, lang, year) if ann is None or d <= ann]
        if not ds:
            g["no full date before the announcement" + ("" if inc is None else f" (label {inc})")].append(cid)
            continue
        first = min(ds)
        if inc == first[0]:
            g["label = earliest date in the notice"].append(cid)
        else:
            ctx = nsrc[max(0, first[1] - 25):first[1] + 25].replace("\n", " ")
            g["CHECK: an earlier date is stated (data range, birth, 第1報? or the incident?)"].append(
                f"{cid} (label {inc}; earliest {first[0]}: ...{ctx}...)")
    return g


CONVENTIONS = [
    ("org_school", conv_org_school), ("org_corporation", conv_org_corporation),
    ("org_unit", conv_org_unit), ("org_vendor", conv_org_vendor), ("records", conv_records),
    ("items_school", conv_items_school), ("items_ids", conv_items_ids), ("items_age", conv_items_age),
    ("type_handover", conv_type_handover), ("region", conv_region),
    ("persons_bounds", conv_persons_bounds), ("announced_report", conv_announced_report),
    ("incident_date", conv_incident_date),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=SETS)
    ap.add_argument("--only")
    ap.add_argument("--brief", action="store_true")
    a = ap.parse_args()
    cases = load(a.sets)
    print(f"{len(cases)} cases from {', '.join(a.sets)}")
    for name, fn in CONVENTIONS:
        if a.only and a.only != name:
            continue
        groups = fn(cases)
        print(f"\n== {name}: {fn.__doc__.strip().splitlines()[0]}")
        for choice in sorted(groups, key=lambda k: (k.startswith(("DIFFERS", "CHECK")), k)):
            items = groups[choice]
            print(f"  [{len(items)}] {choice}")
            if not a.brief:
                for x in items:
                    print(f"      {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
