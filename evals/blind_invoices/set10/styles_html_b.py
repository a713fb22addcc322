"""Chromium (HTML) styles for set 10, part B (08 US medical practice superbill with a CPT check grid, 09 Hawaiian
property-management invoice to an owner with general excise tax, 10 Uruguayan e-Factura (CFE) printout)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import npi
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    style_registry,
    valid,
)
from kit_common import items_from, qr_svg
from stdnum.us import ein as _ein
from stdnum.uy import rut as _uyrut

STYLES, style = style_registry("chromium")


def make_ein(rng):
    e = valid(rng, lambda: rng.choice(["84", "20", "46", "81", "27", "45", "26", "47", "82", "83", "86", "87", "88", "91", "92", "93", "99"]) + digits(rng, 7), _ein.is_valid)
    return f"{e[:2]}-{e[2:]}"


# =========================================================================== 08 US medical practice superbill (CPT check grid, ICD-10, EIN, NPI)
US_MED_V = [
    ("Lakeside Family Medicine, PLLC", "2150 W. Lake Street, Suite 210", "Minneapolis, MN 55405", "(612) ", "#1d5c8c"),
    ("Desert Sky Pediatrics, P.C.", "4400 N. Scottsdale Road, Suite 1200", "Scottsdale, AZ 85251", "(480) ", "#b0532a"),
    ("Bayou Orthopedic & Sports Medicine Associates, LLC", "1514 Jefferson Highway, Bldg B", "New Orleans, LA 70121", "(504) ", "#2f6b3a"),
    ("Green Mountain Dermatology, P.A.", "89 Church Street, 2nd Floor", "Burlington, VT 05401", "(802) ", "#6a3d7a"),
]
US_MED_PROV = [["Sarah K. Lindqvist, MD", "Michael Ortega, DO", "Jennifer Wu, PA-C"], ["Anita Raman, MD", "Carlos Benavides, MD"], ["Robert L. Thibodeaux, MD", "Kiara Johnson, DPT"], ["Emily Hartwell, MD", "Daniel Frost, NP"]]
US_MED_PAT = [("Gregory Halvorsen", "Blue Cross Blue Shield of Minnesota"), ("Mia Castillo", "AHCCCS Complete Care"), ("Terrence Boudreaux", "Humana Gold Plus (HMO)"), ("Olivia Bergeron", "Cigna Open Access Plus")]
US_MED_CPT = [
    [("Office visits – established", [("99212", "Est. patient, straightforward", 95, 130), ("99213", "Est. patient, low complexity", 135, 185), ("99214", "Est. patient, moderate complexity", 195, 260), ("99215", "Est. patient, high complexity", 270, 350)]),
     ("Office visits – new", [("99202", "New patient, straightforward", 120, 160), ("99203", "New patient, low complexity", 180, 240), ("99204", "New patient, moderate complexity", 280, 360)]),
     ("Preventive", [("99396", "Preventive visit, 40–64 yrs", 240, 320), ("99397", "Preventive visit, 65+ yrs", 260, 340)]),
     ("Procedures / lab", [("36415", "Routine venipuncture", 12, 25), ("81002", "Urinalysis, non-automated", 10, 22), ("93000", "ECG, 12-lead with interpretation", 45, 90), ("90471", "Immunization admin, first", 25, 40), ("90686", "Influenza vaccine, quadrivalent", 28, 45), ("82962", "Glucose, blood by monitoring device", 8, 18)])],
    [("Office visits", [("99212", "Est. patient, straightforward", 90, 125), ("99213", "Est. patient, low complexity", 130, 175), ("99214", "Est. patient, moderate complexity", 185, 245), ("99203", "New patient, low complexity", 170, 230)]),
     ("Well child", [("99392", "Preventive visit, 1–4 yrs", 180, 240), ("99393", "Preventive visit, 5–11 yrs", 185, 245), ("99394", "Preventive visit, 12–17 yrs", 195, 255)]),
     ("Tests / screening", [("87880", "Rapid strep test", 18, 35), ("87804", "Rapid influenza test", 22, 40), ("96110", "Developmental screening", 14, 30), ("99173", "Visual acuity screening", 8, 16), ("92551", "Hearing screening", 10, 20)]),
     ("Vaccines", [("90460", "Immunization admin w/ counseling", 24, 38), ("90700", "DTaP vaccine", 40, 65), ("90707", "MMR vaccine", 85, 120)])],
    [("Office visits", [("99213", "Est. patient, low complexity", 140, 190), ("99214", "Est. patient, moderate complexity", 200, 270), ("99204", "New patient, moderate complexity", 290, 370)]),
     ("Injections", [("20610", "Arthrocentesis/injection, major joint", 160, 240), ("20552", "Trigger point injection, 1–2 muscles", 95, 150), ("J1030", "Methylprednisolone acetate 40 mg", 12, 28)]),
     ("Imaging", [("73562", "X-ray knee, 3 views", 75, 130), ("73030", "X-ray shoulder, 2+ views", 70, 120), ("72100", "X-ray lumbar spine, 2–3 views", 80, 140)]),
     ("Therapy / supplies", [("97110", "Therapeutic exercise, each 15 min", 40, 65), ("97140", "Manual therapy, each 15 min", 42, 68), ("L1820", "Knee orthosis, elastic with stays", 65, 120)])],
    [("Office visits", [("99202", "New patient, straightforward", 125, 170), ("99213", "Est. patient, low complexity", 135, 185), ("99214", "Est. patient, moderate complexity", 195, 260)]),
     ("Biopsies / destruction", [("11102", "Tangential biopsy, single lesion", 130, 190), ("11103", "Tangential biopsy, each addl lesion", 60, 95), ("17000", "Destruction premalignant lesion, first", 95, 140), ("17003", "Destruction, lesions 2–14, each", 12, 22)]),
     ("Excisions", [("11402", "Excision benign lesion trunk, 1.1–2.0 cm", 210, 290), ("12031", "Intermediate repair, 2.5 cm or less", 190, 260)]),
     ("Pathology / other", [("88305", "Surgical pathology, level IV", 95, 150), ("96900", "Actinotherapy (UV light)", 40, 75)])],
]
US_MED_ICD = [[("Z00.00", "General adult exam w/o abnormal findings"), ("E11.9", "Type 2 diabetes mellitus w/o complications"), ("I10", "Essential (primary) hypertension"), ("E78.5", "Hyperlipidemia, unspecified"), ("J06.9", "Acute upper respiratory infection")],
              [("J02.0", "Streptococcal pharyngitis"), ("Z00.129", "Routine child health exam w/o abnormal findings"), ("H66.91", "Otitis media, right ear"), ("Z23", "Encounter for immunization")],
              [("M17.11", "Primary osteoarthritis, right knee"), ("M75.101", "Rotator cuff tear, right shoulder"), ("M54.50", "Low back pain, unspecified"), ("S83.511A", "Sprain of ACL, right knee, initial")],
              [("L57.0", "Actinic keratosis"), ("D48.5", "Neoplasm of uncertain behavior of skin"), ("L82.1", "Other seborrheic keratosis"), ("L40.0", "Psoriasis vulgaris")]]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="10mm 11mm", font="'Liberation Sans',Arial,sans-serif", fs="8pt")
    + """
.hd{color:{{ color }}} table.box{width:100%;border:1px solid #555;margin-top:6px} table.box td{padding:2px 5px;border:1px solid #bbb} .k{font-size:6.6pt;color:#555;display:block}
table.grid{width:100%;margin-top:6px} table.grid td{border:1px solid #bbb;padding:1.5px 3px;font-size:7.3pt} table.grid td.sec{background:{{ color }};color:#fff;font-weight:bold}
.cb{font-family:'DejaVu Sans',sans-serif} table.tot td{padding:3px 6px;border:1px solid #555}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div>{{ v1 }} · {{ v2 }}<br>Phone {{ tel }} · Fax {{ fax }}</td>
<td class="r" style="font-size:7.6pt">Tax ID (EIN): {{ ein }}<br>Group NPI: {{ g_npi }}<br>{% if clia %}CLIA #: {{ clia }}<br>{% endif %}</td></tr></table>
<div style="font-size:13pt;font-weight:bold;margin-top:6px;border-top:2px solid {{ color }};border-bottom:2px solid {{ color }};padding:3px 0">{{ title }}</div>
<table class="box"><tr><td><span class="k">Patient name</span>{{ pat }}</td><td><span class="k">Date of birth</span>{{ dob }}</td><td><span class="k">Account #</span>{{ acct }}</td><td><span class="k">{{ no_label }}</span><b>{{ no }}</b></td></tr>
<tr><td><span class="k">Primary insurance</span>{{ ins }}</td><td><span class="k">Member ID</span>{{ member }}</td><td><span class="k">Group #</span>{{ group }}</td><td><span class="k">Date of service</span><b>{{ dos }}</b></td></tr>
<tr><td colspan="2"><span class="k">Rendering provider</span>{{ prov }}</td><td><span class="k">Provider NPI</span>{{ p_npi }}</td><td><span class="k">Place of service</span>11 – Office</td></tr></table>
<table class="grid"><tr>{% for col in grid %}<td style="width:50%;padding:0;border:none;vertical-align:top"><table style="width:100%">
{% for sec in col %}<tr><td class="sec" colspan="5">{{ sec.name }}</td></tr><tr><td style="width:5mm"></td><td style="font-size:6.4pt;color:#555">CPT</td><td style="font-size:6.4pt;color:#555">Description</td><td style="font-size:6.4pt;color:#555" class="c">Units</td><td style="font-size:6.4pt;color:#555" class="r">Fee</td></tr>
{% for r in sec.rows %}<tr><td class="cb c">{{ '☒' if r.on else '☐' }}</td><td>{{ r.code }}</td><td>{{ r.desc }}</td><td class="c">{{ r.units }}</td><td class="r">{{ r.fee }}</td></tr>{% endfor %}{% endfor %}</table></td>{% endfor %}</tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:58%;vertical-align:top"><b>Diagnosis (ICD-10-CM)</b><br>{% for c, t in icd %}{{ loop.index }}. {{ c }} – {{ t }}<br>{% endfor %}
<div style="margin-top:6px">Return visit: {{ rtn }}</div><div style="margin-top:10px;font-size:7pt;color:#444">{{ note }}</div></td>
<td style="vertical-align:top"><table class="tot" style="width:100%">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:16px;font-size:7pt">I authorize release of any medical information necessary to process insurance claims and assign benefits to the provider. Patient signature ____________________ Date __________</div>
</body></html>"""
)


@style("08", "us_medical_superbill")
def s08(rng, i):
    vname, v1, v2, area, color = US_MED_V[i]
    pat, ins = US_MED_PAT[i]
    d = rand_date(rng)
    secs = US_MED_CPT[i]
    all_rows = [(sname, code, desc, lo, hi) for sname, rows in secs for code, desc, lo, hi in rows]
    chosen = set(rng.sample(range(len(all_rows)), rng.randint(2, 4)))
    items, grid_secs, k = [], [], 0
    for sname, rows in secs:
        sec = {"name": sname, "rows": []}
        for code, desc, lo, hi in rows:
            on = k in chosen
            k += 1
            r = {"on": on, "code": code, "desc": desc, "units": "", "fee": ""}
            if on:
                u = D(rng.choice([1, 1, 1, 2, 3])) if ("each" in desc or code.startswith(("J", "9747", "9711", "9714", "1700"))) else D(1)
                p = D(rng.randint(lo, hi)) + (D("0.00") if rng.random() < 0.6 else D(rng.choice([25, 50, 75])) / 100)
                items.append({"desc": f"{code} {desc}", "qty": u, "price": p, "amount": q2(u * p)})
                r["units"] = qstr(u)
                r["fee"] = en(q2(u * p))
            sec["rows"].append(r)
        grid_secs.append(sec)
    half = (len(grid_secs) + 1) // 2
    grid = [grid_secs[:half], grid_secs[half:]]
    total = sum(it["amount"] for it in items)
    copay = D(rng.choice([20, 25, 30, 40, 50])) if i in (0, 2, 3) else D(0)
    prev = q2(D(rng.randint(2000, 30000)) / 100) if i == 3 else None
    ein = make_ein(rng)
    f = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    dob = dt.date(rng.randint(1950, 1995) if i != 1 else rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28))
    no = [f"E{rng.randint(100000, 999999)}", f"{rng.randint(2000000, 2999999)}", f"SB-{d.year}-{rng.randint(10000, 99999)}", f"{rng.randint(10000, 99999)}-{rng.randint(1, 9)}"][i]
    no_label = ["Encounter #", "Superbill #", "Superbill No.", "Ticket #"][i]
    due = d + dt.timedelta(days=30) if i == 2 else None
    tots = [("Total charges", "$" + en(total), True)]
    if prev is not None:
        tots.append(("Previous balance", "$" + en(prev), False))
    tots.append(("Copay / amount paid today", "$" + en(copay), False))
    tots.append(("Balance due (patient)" if i != 2 else "Est. patient balance", "$" + en(total + (prev or 0) - copay), False))
    if due:
        tots.append(("Please pay by", f(due), False))
    note = ["Claim will be filed with your insurance. You are responsible for any deductible, coinsurance or non-covered services.",
            "Superbill for out-of-network reimbursement: submit this form to your insurance carrier with your claim form.",
            "Workers' compensation / auto claims must be reported at check-in. Statements are mailed monthly.",
            "Cosmetic services are not billed to insurance. Pathology is billed separately by the reading laboratory."][i]
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=area + f"{digits(rng, 3, True)}-{digits(rng, 4)}", fax=area + f"{digits(rng, 3, True)}-{digits(rng, 4)}", ein=ein, g_npi=npi(rng),
        clia=f"{rng.randint(10, 52):02d}D{digits(rng, 7)}" if i in (0, 1) else None, title=["PATIENT ENCOUNTER FORM", "SUPERBILL", "SUPERBILL / CHARGE TICKET", "SUPERBILL"][i],
        pat=pat, dob=f(dob), acct=str(rng.randint(10000, 99999)), no_label=no_label, no=no, ins=ins, member=rng.choice(["XZP", "W", "H", "U"]) + digits(rng, 9), group=digits(rng, 6, True),
        dos=f(d), prov=rng.choice(US_MED_PROV[i]), p_npi=npi(rng), grid=grid, icd=rng.sample(US_MED_ICD[i], rng.randint(1, 3)),
        rtn=rng.choice(["2 weeks", "4–6 weeks", "3 months", "PRN", "6 months"]), note=note, tots=tots,
    )
    notes = (
        "US medical practice superbill / encounter form (Letter page): a check grid of CPT codes in two columns where only the checked rows carry units and a fee. vendor = the practice in the "
        "letterhead; vendor tax id = 'Tax ID (EIN)'; the group and provider NPIs (Luhn), CLIA number, member ID, group number, account number and ICD-10 codes are decoys. "
        f"invoice_number = '{no_label}' (as printed); invoice_date = 'Date of service' (MM/DD/YYYY); the patient's date of birth is a decoy. "
        + ("due = 'Please pay by'. " if due else "No due date (null). ") + "No PO. No tax: subtotal and tax null; total = 'Total charges'; "
        + ("the previous balance, " if prev is not None else "") + "the copay paid today and the balance after it are decoys. Currency USD ('$'). "
        "Line items: the checked rows only (amount = the fee, quantity = 'Units'); the unchecked codes are no items."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ein, invoice_number=no, po_number=None, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, ein, no, vname], (S08_HTML, ctx)


# =========================================================================== 09 Hawaiian property-management invoice to an owner (GET 4.712 % / 4.166 %, letter layout)
HI_V = [
    ("Aloha Island Property Management LLC", "1585 Kapiolani Blvd, Suite 1100", "Honolulu, HI 96814", "(808) ", D("4.712"), "Oahu"),
    ("Windward Rentals & Management, Inc.", "46-056 Kamehameha Hwy, Suite 2", "Kaneohe, HI 96744", "(808) ", D("4.712"), "Oahu"),
    ("Valley Isle Property Services LLC", "1991 Wells Street, Suite 101", "Wailuku, HI 96793", "(808) ", D("4.166"), "Maui"),
    ("Kona Coast Vacation Management, Inc.", "75-5660 Kopiko Street, Suite C7", "Kailua-Kona, HI 96740", "(808) ", D("4.166"), "Hawaii County"),
]
HI_OWN = [
    ("Mr. and Mrs. Kenji Tanaka", ["3120 Kaimuki Ave", "Honolulu, HI 96816"], "2240 Kuhio Ave #1507, Honolulu"),
    ("Pacific Crest Holdings LLC", ["Attn: Lisa Moreno", "800 Bellevue Way NE, Suite 400", "Bellevue, WA 98004"], "45-511 Mokulele Dr, Kaneohe"),
    ("Ms. Rebecca Akana", ["PO Box 1182", "Makawao, HI 96768"], "Kihei Surfside Resort #304, 2936 S Kihei Rd, Kihei"),
    ("The Whitfield Family Trust", ["c/o James Whitfield, Trustee", "1420 Alder Ridge Ct", "Boise, ID 83702"], "Kona Reef #F-21, 75-5888 Alii Dr, Kailua-Kona"),
]
HI_MAINT = [("Plumbing repair – replace garbage disposal", 185, 420), ("Replace AC capacitor and service split unit", 160, 380), ("Termite inspection (annual)", 95, 175), ("Touch-up paint and patch drywall after move-out", 240, 680),
            ("Re-key locks (3 cylinders)", 90, 160), ("Replace smoke detectors (2)", 60, 120), ("Lanai screen door repair", 85, 210), ("Water heater element replacement", 210, 390), ("Deep clean after tenant move-out", 260, 520),
            ("Carpet shampoo, 2 bedrooms", 150, 290), ("Pest control, quarterly service", 85, 140), ("Replace kitchen faucet cartridge", 110, 230), ("Ceiling fan replacement (labor)", 120, 240), ("Gutter cleaning", 140, 260),
            ("Yard service – monthly", 120, 220), ("Jalousie window crank replacement", 45, 120), ("Dryer vent cleaning", 95, 160), ("Toilet flapper and fill valve", 65, 140), ("Appliance repair – refrigerator ice maker", 180, 360),
            ("Light bulbs and batteries", 20, 60), ("Hauling of abandoned furniture", 150, 320), ("Pool service (vacation rental)", 160, 280)]
S09_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="16mm 18mm 18mm 18mm", font="'Liberation Serif','Times New Roman',serif", fs="10pt")
    + """
table.it{width:100%;margin-top:10px} table.it thead td{font-weight:bold;border-bottom:1px solid #333;padding:3px 4px} table.it td{padding:3px 4px} table.it tr.sub td{border-top:1px solid #999}
.box{border:1.5px solid #333;padding:6px 10px;text-align:center} .small{font-size:8pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;font-family:'Liberation Sans',sans-serif;color:#0b5d6b">{{ v_name }}</div><div class="small">{{ v1 }} · {{ v2 }} · {{ tel }}</div></td>
<td style="width:52mm"><div class="box"><div class="small">{{ box_label }}</div><div style="font-size:14pt;font-weight:bold">${{ box_val }}</div>{% if due %}<div class="small">Due {{ due }}</div>{% endif %}</div></td></tr></table>
<table style="width:100%;margin-top:16px"><tr><td style="width:58%">{{ owner }}<br>{% for l in o_addr %}{{ l }}<br>{% endfor %}</td>
<td class="small" style="vertical-align:top">Invoice No.: <b>{{ no }}</b><br>Invoice Date: {{ d }}<br>{% if due %}Due Date: {{ due }}<br>{% endif %}Owner ID: {{ oid }}<br>{% if po %}Owner PO / Ref.: {{ po }}<br>{% endif %}Period: {{ period }}</td></tr></table>
<p style="margin-top:18px">Re: {{ prop }}</p>
<p>Aloha {{ salutation }},</p>
<p>{{ intro }}</p>
<table class="it"><thead><tr><td>Date</td><td style="width:56%">Description</td><td class="r">GET</td><td class="r">Amount</td></tr></thead>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.desc }}</td><td class="r">{{ it.g }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr class="sub"><td></td><td class="r">Subtotal</td><td></td><td class="r">{{ net }}</td></tr>
<tr><td></td><td class="r">Hawaii General Excise Tax ({{ rate }}% on taxable charges of ${{ base }})</td><td></td><td class="r">{{ tax }}</td></tr>
<tr><td></td><td class="r"><b>Total this invoice</b></td><td></td><td class="r"><b>${{ total }}</b></td></tr>
{% for k, v in after %}<tr><td></td><td class="r">{{ k }}</td><td></td><td class="r">{{ v }}</td></tr>{% endfor %}</table>
<p style="margin-top:16px">{{ closing }}</p>
<p>Mahalo,<br><br>{{ signer }}<br><span class="small">{{ signer_title }}</span></p>
<div class="small" style="margin-top:22px;border-top:1px solid #999;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


@style("09", "us_property_mgmt_hi_get")
def s09(rng, i):
    vname, v1, v2, area, rate, island = HI_V[i]
    owner, o_addr, prop = HI_OWN[i]
    d = rand_date(rng)
    pstart = (d.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    pend = d.replace(day=1) - dt.timedelta(days=1)
    fd = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    fl = lambda x: x.strftime("%B %-d, %Y")  # noqa: E731
    rent = D(rng.randint(2400, 6800)) if i != 3 else D(rng.randint(9000, 21000))
    pct = D(rng.choice([8, 10, 12])) if i != 3 else D(rng.choice([18, 20, 22]))
    items = [{"desc": f"Management fee – {qstr(pct)}% of rents collected (${en(rent)})", "qty": None, "amount": q2(rent * pct / 100), "get": True, "dt": pend}]
    if i == 1:
        items.append({"desc": "Leasing fee – new tenant placement (one-half month's rent)", "qty": None, "amount": q2(rent / 2), "get": True, "dt": pend - dt.timedelta(days=rng.randint(3, 20))})
    n_m = 18 if i == 2 else rng.randint(2, 4)
    for desc, lo, hi in rng.sample(HI_MAINT, n_m):
        a = q2(D(rng.randint(lo * 100, hi * 100)) / 100)
        vendor = rng.choice(["Island Plumbing Inc.", "Kona Air Conditioning", "Paradise Handyman LLC", "Aina Pest Control", "Maui Clean Team", "self-performed"])
        items.append({"desc": f"{desc} ({vendor}{', inv. ' + str(rng.randint(1000, 9999)) if vendor != 'self-performed' else ''})", "qty": None, "amount": a, "get": vendor == "self-performed", "dt": pstart + dt.timedelta(days=rng.randint(0, (pend - pstart).days))})
    if i in (0, 3):
        items.append({"desc": "HOA dues paid on owner's behalf" if i == 0 else "Transient accommodations tax (TAT) remitted for owner", "qty": None, "amount": q2(D(rng.randint(30000, 90000)) / 100), "get": False, "dt": pstart})
    items.sort(key=lambda x: x["dt"])
    net = sum(x["amount"] for x in items)
    base = sum(x["amount"] for x in items if x["get"])
    tax = q2(base * rate / 100)
    total = net + tax
    reserve = q2(min(total, D(rng.choice([500, 750, 1000])))) if i in (1, 3) else None
    due = d + dt.timedelta(days=[15, 10, 30, 15][i])
    ge = f"GE-{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 4)}-01"
    ein = make_ein(rng) if i in (0, 2) else None
    no = [f"{d.year}{d.month:02d}-{rng.randint(100, 999)}", f"WRM-{rng.randint(10000, 99999)}", f"OI{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)}"][i]
    po = f"PCH-{rng.randint(100, 999)}" if i == 1 else None
    after = []
    if reserve:
        after = [("Less: applied from owner reserve / rents held", f"({en(reserve)})"), ("Balance due from owner", "$" + en(total - reserve))]
    box_label, box_val = ("Amount Due", en(total - reserve)) if reserve else ("Amount Due", en(total))
    sal = {0: "Mr. and Mrs. Tanaka", 1: "Ms. Moreno", 2: "Ms. Akana", 3: "Mr. Whitfield"}[i]
    ctx = dict(
        v_name=vname, v1=v1, v2=v2, tel=area + f"{digits(rng, 3, True)}-{digits(rng, 4)}", box_label=box_label, box_val=box_val, due=fl(due), owner=owner, o_addr=o_addr,
        no=no, d=fl(d), oid=f"OWN{rng.randint(1000, 9999)}", po=po, period=f"{fd(pstart)} – {fd(pend)}", prop=prop, salutation=sal,
        intro=f"Please find below the management charges and expenses for your property for the period {fl(pstart)} through {fl(pend)}. Rents collected during the period were ${en(rent)}; "
        + ("the owner distribution was sent separately." if not reserve else "part of this invoice has been applied from funds we hold for you, as shown below."),
        items=[{"d": fd(x["dt"]), "desc": x["desc"], "g": "T" if x["get"] else "", "a": en(x["amount"])} for x in items], net=en(net), rate=qstr(rate), base=en(base), tax=en(tax), total=en(total), after=after,
        closing="Charges marked T are subject to the Hawaii general excise tax, which we pass on at the maximum rate allowed for " + island + ". Pass-through vendor invoices are billed at cost. "
        "Please remit by check payable to " + vname + " or by ACH using the remittance details on your owner portal, quoting the invoice number.",
        signer=rng.choice(["Leilani Kahale", "Brandon Nakamura", "Keoni Apana", "Dana Whitaker"]), signer_title="Owner Accounting",
        foot=f"{vname} · Licensed real estate broker, Hawaii RB-{rng.randint(16000, 23999)} · Hawaii Tax ID {ge}" + (f" · Federal EIN {ein}" if ein else ""),
    )
    notes = (
        "Hawaiian property manager's invoice to a property owner, as a letter (serif, unruled): vendor = the letterhead; vendor tax id = the 'Hawaii Tax ID' (the GE general excise license, as "
        "printed, no public checksum)" + ("; the Federal EIN beside it, " if ein else "; ") + "the broker licence and owner ID are decoys. invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' "
        "(a long US date); due = 'Due Date' (also under the amount box). " + (f"PO = 'Owner PO / Ref.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal'; tax = the Hawaii General Excise Tax row ({qstr(rate)} % on the charges marked T only); total = 'Total this invoice'. The rents collected (in the letter and the "
        "management fee's description) and the period dates are decoys"
        + ("; 'Less: applied from owner reserve' and 'Balance due from owner' (also the 'Amount Due' box at the top) are decoys." if reserve else "; the 'Amount Due' box at the top repeats the total.")
        + " Currency USD ('$'). Line items: every dated row (no quantity)" + (", over two pages" if i == 2 else "") + "."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ge, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(),
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fl(d), fl(due), ge, no, po, vname], (S09_HTML, ctx)


def uy_rut(rng):
    """A 12-digit Uruguayan RUT: department 10-22, six digits, 001, a mod-11 check digit (bodies whose check would be 10 skipped)."""
    body = valid(rng, lambda: f"{rng.randint(10, 22)}{digits(rng, 6, True)}001", lambda s: len(_uyrut.calc_check_digit(s)) == 1)
    rut = body + _uyrut.calc_check_digit(body)
    assert _uyrut.is_valid(rut)
    return rut


# =========================================================================== 10 Uruguayan e-Factura (CFE) printout (RUT, serie-número, IVA 22 % / 10 %, CAE, código de seguridad)
UY_V = [
    ("DISTRIBUIDORA DEL ESTE S.A.", "Av. Italia 4380", "Montevideo", "#1c3f7a"),
    ("FRIGORÍFICO SAN JACINTO S.R.L.", "Ruta 8 km 42,500", "Canelones", "#8a2020"),
    ("SOFTWARE RIOPLATENSE S.A.S.", "Plaza Independencia 831, Of. 1204", "Montevideo", "#1f6b4f"),
    ("AGROVET LITORAL LTDA.", "Av. Salto 1120", "Paysandú", "#5b4a1a"),
]
UY_B = [("SUPERMERCADOS EL ALMACÉN S.A.", "Bv. Artigas 1443, Montevideo"), ("CARNES DEL PLATA S.A.", "Camino Carrasco 6270, Montevideo"),
        ("BANCO DE SEGUROS DEL ESTADO", "Av. Libertador 1465, Montevideo"), ("ESTANCIA LOS TALAS S.R.L.", "Ruta 3 km 380, Paysandú")]
UY_L = [
    [("Yerba mate 1 kg", "UN", 180, 290, 24, 240, 10), ("Aceite de girasol 900 ml", "UN", 85, 140, 24, 360, 10), ("Detergente 750 ml", "UN", 60, 110, 24, 240, 22), ("Papel higiénico 4 rollos", "PAQ", 70, 130, 20, 200, 22), ("Arroz 1 kg", "UN", 40, 75, 50, 500, 10)],
    [("Media res novillo", "KG", 210, 290, 400, 3000, 10), ("Asado de tira", "KG", 320, 460, 50, 400, 10), ("Chorizo parrillero", "KG", 260, 360, 20, 200, 10), ("Flete refrigerado", "VIAJE", 3500, 9000, 1, 3, 22)],
    [("Licencia anual sistema de gestión", "UN", 650, 1400, 1, 6, 22), ("Horas de desarrollo", "HS", 45, 80, 10, 120, 22), ("Soporte técnico mensual", "MES", 400, 1200, 1, 3, 22)],
    [("Ivermectina 1 % x 500 ml", "UN", 680, 1150, 2, 40, 10), ("Vacuna aftosa (dosis)", "DOSIS", 38, 62, 100, 2000, 10), ("Alambre galvanizado 17/15", "ROLLO", 3800, 5600, 2, 20, 22), ("Sal mineral bolsa 25 kg", "UN", 420, 690, 5, 60, 22)],
]
S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 11mm", font="'Liberation Sans',Arial,sans-serif", fs="8pt")
    + """
table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #222;padding:2px 4px} table.g th{background:#e6e6e6;font-size:6.8pt}
.hd{color:{{ color }}} .rb{border:2px solid #222;padding:6px;text-align:center}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div>{{ v1 }} - {{ v2 }}<br>Tel. {{ tel }}<br>{{ web }}</td>
<td><div class="rb"><div>RUT EMISOR</div><div style="font-size:11pt;font-weight:bold">{{ rut }}</div><div style="font-size:12pt;font-weight:bold;margin-top:4px">{{ tipo }}</div><div>Serie y Número</div><div style="font-size:11pt;font-weight:bold">{{ no }}</div></div></td></tr></table>
<table class="g" style="margin-top:8px"><tr><th>RUT RECEPTOR</th><th>NOMBRE O DENOMINACIÓN</th><th>DOMICILIO FISCAL</th></tr><tr><td>{{ b_rut }}</td><td>{{ b_name }}</td><td>{{ b_addr }}</td></tr></table>
<table class="g" style="margin-top:6px"><tr><th>FECHA DE COMPROBANTE</th><th>FORMA DE PAGO</th><th>VENCIMIENTO</th><th>MONEDA</th>{% if tc %}<th>TIPO DE CAMBIO</th>{% endif %}{% if po %}<th>ORDEN DE COMPRA</th>{% endif %}</tr>
<tr><td class="c">{{ d }}</td><td class="c">{{ fp }}</td><td class="c">{{ due }}</td><td class="c">{{ moneda }}</td>{% if tc %}<td class="c">{{ tc }}</td>{% endif %}{% if po %}<td class="c">{{ po }}</td>{% endif %}</tr></table>
<table class="g" style="margin-top:6px"><tr><th>CÓDIGO</th><th style="width:38%">DESCRIPCIÓN</th><th>CANT.</th><th>UNIDAD</th><th>PRECIO UNITARIO</th><th>DESC. %</th><th>IVA</th><th>MONTO</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="c">{{ it.iva }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for k in range(pad) %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:52%;vertical-align:top;font-size:7.2pt"><table style="width:100%"><tr><td style="width:30mm">{{ qr|safe }}</td><td style="vertical-align:top">Código de seguridad: <b>{{ sec }}</b><br>
Resolución DGI N° {{ res }}<br>IVA al día<br>CAE N° {{ cae }}<br>Serie {{ serie }} del {{ cae_from }} al {{ cae_to }}<br>Fecha de vencimiento CAE: {{ cae_venc }}<br>Puede verificar comprobante en www.dgi.gub.uy</td></tr></table>
{% if adenda %}<div style="margin-top:6px;border:1px solid #999;padding:3px"><b>ADENDA</b><br>{{ adenda }}</div>{% endif %}</td>
<td style="vertical-align:top"><table class="g">{% for k, v in tots %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
</body></html>"""
)


@style("10", "uy_efactura_cfe")
def s10(rng, i):
    vname, v1, v2, color = UY_V[i]
    bname, baddr = UY_B[i]
    d = rand_date(rng)
    usd = i == 2
    items = items_from(rng, UY_L[i], rng.randint(2, 4), step=D("0.01") if usd or i == 0 else D("1"))
    for it in items:
        disc = D(rng.choice([0, 0, 5, 10])) if i == 0 else D(0)
        it["disc"] = disc
        it["amount"] = q2(it["qty"] * it["price"] * (100 - disc) / 100)
        it["rate"] = D(it["extra"])
    b22 = sum(it["amount"] for it in items if it["rate"] == 22)
    b10 = sum(it["amount"] for it in items if it["rate"] == 10)
    t22, t10 = q2(b22 * D("0.22")), q2(b10 * D("0.10"))
    net = b22 + b10
    tax = t22 + t10
    total = net + tax
    fm = de
    rut = uy_rut(rng)
    rut_p = rut if i in (0, 3) else _uyrut.format(rut)
    b_rut = uy_rut(rng)
    serie = rng.choice(["A", "A", "B"])
    num = rng.randint(1200, 899999)
    no = f"{serie}-{num:07d}" if i != 1 else f"{serie} {num}"
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    credit = i != 3
    due = d + dt.timedelta(days=[30, 15, 30, 0][i]) if credit else None
    po = [f"OC {rng.randint(10000, 99999)}", None, f"{rng.randint(2025, 2026)}-{rng.randint(100, 999)}", None][i]
    tc = de(D(rng.randint(38500, 42500)) / 1000, 3) if usd else None
    cae_from = rng.randint(1, 1000) * 1000 + 1
    tots = []
    if b10:
        tots.append(("Subtotal gravado tasa mínima (10%)", fm(b10)))
    if b22:
        tots.append(("Subtotal gravado tasa básica (22%)", fm(b22)))
    tots.append(("Subtotal no gravado", fm(D(0))))
    tots.append(("Total neto", fm(net)))
    if b10:
        tots.append(("IVA tasa mínima 10%", fm(t10)))
    if b22:
        tots.append(("IVA tasa básica 22%", fm(t22)))
    tots.append((f"TOTAL {'U$S' if usd else '$'}", fm(total)))
    two = bool(b10 and b22)
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=f"+598 {rng.choice(['2', '4'])}{digits(rng, 3, True)} {digits(rng, 4)}", web="www." + vname.split()[0].lower().replace("í", "i") + ".com.uy",
        rut=rut_p, tipo="e-Factura", no=no, b_rut=b_rut, b_name=bname, b_addr=baddr, d=f(d), fp="Crédito" if credit else "Contado", due=f(due) if due else "-",
        moneda="Dólar estadounidense (USD)" if usd else "Peso uruguayo (UYU)", tc=tc, po=po,
        items=[{"code": f"{rng.randint(1000, 99999)}", "desc": it["desc"], "q": qstr(it["qty"]), "unit": it["unit"], "p": fm(it["price"]), "disc": qstr(it["disc"]), "iva": "Básica" if it["rate"] == 22 else "Mínima", "a": fm(it["amount"])} for it in items],
        pad=max(0, 6 - len(items)), qr=qr_svg(rng, 26), sec="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)), res=f"{rng.randint(100, 9999)}/{rng.randint(2018, 2024)}",
        cae=f"90{digits(rng, 9)}", serie=serie, cae_from=cae_from, cae_to=cae_from + rng.choice([4999, 9999, 49999]), cae_venc=f(dt.date(d.year + 2, rng.randint(1, 12), rng.randint(1, 28))),
        adenda=[f"Entrega en depósito Camino Maldonado. Pedido {po}.", "Mercadería de exportación no. Conservar a 4 °C. Guía de DICOSE N° " + digits(rng, 8), f"Contrato de servicios {rng.randint(10, 99)}/{d.year}. Pago por transferencia BROU cta. {digits(rng, 9, True)}.", "Pagado en efectivo. Gracias por su compra."][i],
        tots=tots,
    )
    notes = (
        "Uruguayan e-Factura (CFE) printout with ruled boxes: vendor = the emisor in the letterhead; vendor tax id = 'RUT EMISOR' (12 digits, checksum, as printed"
        + (", with dashes" if i in (1, 2) else "") + "); the RUT RECEPTOR, CAE number and range, resolution and security code are decoys. invoice_number = 'Serie y Número' as printed ('"
        + no + "'); invoice_date = 'FECHA DE COMPROBANTE' (dd/mm/yyyy); the CAE expiry date is a decoy. "
        + ("due = 'VENCIMIENTO'. " if due else "Contado (cash): no due date (null). ")
        + (f"PO = 'ORDEN DE COMPRA' {po}. " if po else "No PO. ")
        + "subtotal = 'Total neto'; tax = the IVA " + ("rows (10 % and 22 %, printed only per rate: tax = their sum)" if two else "row") + "; total = the 'TOTAL' row. "
        + ("Currency USD ('U$S', 'Dólar estadounidense'); the exchange rate is a decoy. " if usd else "Currency UYU ('$', 'Peso uruguayo'). ")
        + "Amounts '1.234,56'. Line items: every row (amount = 'MONTO', after the line discount; quantity 'CANT.'); the empty padding rows are no items."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=rut_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD" if usd else "UYU", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, rut_p, no, po, vname]}
    if two:
        chk["tax_parts"] = [mt(t10), mt(t22)]
    return t, chk, (S10_HTML, ctx)
