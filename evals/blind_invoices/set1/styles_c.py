"""Styles 13-18"""
import datetime as dt
from decimal import Decimal as D

from common import *  # noqa
from stdnum.ch import esr as ch_esr


# =====================================================================  13 kv_box_footer_vendor
def s13_kvbox(rng, i):
    if i == 0:
        vn, logo, cur, rate, country = "Lumen Optik AB", "LUMEN", "SEK", D("25"), "Sweden"
        org, vat = gen_se_vat(rng)
        vtax = vat
        regline = f"Org.nr {org[:6]}-{org[6:]} · VAT reg. no. {vat} · Registered office: Göteborg · F-skatt approved"
        addr = ("Södra Hamngatan 37", "411 06 Göteborg", "Sweden")
        bank = f"Bankgiro {rng.randint(100,999)}-{rng.randint(1000,9999)}<br>IBAN {iban_for(rng,'SE')}"
        cust = ("Nordvik Bygg AB", "Att: Inköp", "Box 1174", "171 23 Solna", "Sweden")
        cat = [("LM-2040", "LED panel 600x600 36W 4000K", "pcs", 420, 690), ("LM-118", "Downlight IP44 dimmable", "pcs", 189, 349),
               ("LM-900", "Track spotlight 20W black", "pcs", 520, 890), ("SV-INST", "Installation support (hours)", "h", 650, 950),
               ("LM-DRV", "DALI driver 40W", "pcs", 240, 410)]
    elif i == 1:
        vn, logo, cur, rate, country = "Fjordlys ApS", "fjordlys", "DKK", D("25"), "Denmark"
        cvr = gen_dk_cvr(rng)
        vtax = "DK" + cvr
        regline = f"CVR no. {cvr} · VAT no. {vtax}"
        addr = ("Strandvejen 128", "2900 Hellerup", "Denmark")
        bank = f"Reg. no. {rng.randint(1000,9999)} Account {rng.randint(10**9,10**10-1)}<br>IBAN {iban_for(rng,'DK')}"
        cust = ("Kolding Tandklinik I/S", "Att: Mette Holm", "Jernbanegade 12", "6000 Kolding", "Denmark")
        cat = [("FJ-101", "Pendant lamp, oak, Ø40 cm", "pcs", 1450, 2600), ("FJ-220", "Wall lamp brass", "pcs", 890, 1590),
               ("FJ-030", "Floor lamp linen shade", "pcs", 1990, 3400), ("FJ-SRV", "Lighting design consultation", "h", 850, 1200),
               ("FJ-FRT", "Freight, pallet", "pcs", 450, 750)]
    elif i == 2:
        vn, logo, cur, rate, country = "Polarkraft AS", "POLARKRAFT", "NOK", D("25"), "Norway"
        org = gen_no_org(rng)
        vtax = f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"
        regline = f"Foretaksregisteret · Org.nr. {vtax}"
        addr = ("Strandgaten 202", "5004 Bergen", "Norway")
        bank = f"Account {rng.randint(1000,9999)}.{rng.randint(10,99)}.{rng.randint(10000,99999)}<br>IBAN {iban_for(rng,'NO')}"
        cust = ("Havbruk Vest AS", "Att: Regnskap", "Kaigaten 4", "6003 Ålesund", "Norway")
        cat = [("PK-HP12", "Heat pump air/water 12 kW", "pcs", 48000, 72000), ("PK-INST", "Installation, technician (hours)", "h", 890, 1290),
               ("PK-PIPE", "Copper pipe kit 15 m", "set", 2400, 3900), ("PK-SERV", "Annual service agreement", "pcs", 2900, 4900),
               ("PK-TRV", "Travel & transport", "pcs", 650, 1400)]
    else:
        vn, logo, cur, rate, country = "Saimaa Data Oy", "saimaa/data", "EUR", D("25.5"), "Finland"
        vtax = gen_fi_alv(rng)
        ytun = f"{vtax[2:9]}-{vtax[9]}"
        regline = f"Business ID (Y-tunnus) {ytun} · VAT no. {vtax} · Domicile Lappeenranta"
        addr = ("Valtakatu 49", "53100 Lappeenranta", "Finland")
        bank = f"IBAN {iban_for(rng,'FI')}<br>BIC {rng.choice(['NDEAFIHH','OKOYFIHH','DABAFIHH'])}"
        cust = ("Kuopion Kiinteistöpalvelu Oy", "Att: Ostoreskontra", "PL 112", "70101 Kuopio", "Finland")
        cat = [("SD-CONS", "Data platform consulting (hours)", "h", 95, 145), ("SD-LIC", "Dashboard licence, 12 months", "pcs", 1200, 4800),
               ("SD-TRN", "User training workshop", "pcs", 650, 1400), ("SD-SUP", "Support retainer, monthly", "mo", 300, 900)]
    items = pick_catalog(rng, cat, rng.randint(2, 5))
    lines = []
    for code, name, unit, lo, hi in items:
        if unit == "h":
            q = rng.randint(2, 60)
        elif unit == "mo":
            q = rng.randint(1, 6)
        elif hi > 10000 or "Freight" in name or "Travel" in name or "consult" in name.lower() or "service" in name.lower() or "licence" in name or "workshop" in name:
            q = 1 if hi > 10000 or unit != "pcs" else rng.randint(1, 2)
        else:
            q = rng.randint(1, 24)
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "1" if hi > 100 else "0.50"), code=code, unit_l=unit))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * rate / 100)
    total = sub + tax
    n = lambda x: num(x, "se")
    idate = rand_date(rng)
    days = rng.choice([10, 14, 20, 30])
    ddate = add_days(idate, days)
    inv = str(rng.randint(10000, 99999)) if i != 3 else f"{idate.year}{rng.randint(1000, 9999)}"
    po = rng.choice([None, f"{rng.randint(4500000, 4599999)}", f"PO{rng.randint(10000, 99999)}"])
    yourref = rng.choice(["Erik Lund", "Mette Holm", "Kari Nilsen", "Anna Virtanen", "Johan Berg"])
    ourref = rng.choice(["Sofia Ek", "Lars Dahl", "Ingrid Moe", "Mikko Laine"])
    rows = "".join(f'<tr><td>{l["code"]}</td><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"], "se")}</td><td>{l["unit_l"]}</td><td class="r">{n(l["unit"])}</td><td class="r">{n(l["amount"])}</td></tr>' for l in lines)
    ratep = num(rate, "en", 1).rstrip("0").rstrip(".")
    font = ["'Liberation Sans'", "'DejaVu Sans'", "'DejaVu Sans Condensed'", "'Liberation Sans'"][i]
    accent = ["#00355f", "#3a3a3a", "#0b6e4f", "#5a2a82"][i]
    kv = [("Invoice no.", inv), ("Invoice date", idate.isoformat()), ("Due date", ddate.isoformat()), ("Customer no.", str(rng.randint(1000, 9999))),
          ("Your reference", yourref), ("Our reference", ourref)]
    if po:
        kv.append(("Your order no.", po))
    kv += [("Payment terms", f"{days} days net"), ("Late payment interest", f"{rng.choice(['8','9.5','11.5'])} %"), ("Currency", cur)]
    kvh = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in kv)
    ocr = f"OCR / reference: {rng.randint(10**9, 10**10-1)}" if i in (0, 3) else f"Payment reference: +71&lt;{rng.randint(10**14, 10**15-1)}+{rng.randint(10**7,10**8-1)}&lt;"
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:9pt;color:#222;padding:14mm 16mm}}
.logo{{font-size:22pt;letter-spacing:4px;color:{accent};font-weight:bold}} .logo:before{{content:"◆ ";font-size:16pt}}
.row{{display:flex;justify-content:space-between;margin-top:8mm}}
.cust{{margin-top:20mm;line-height:1.45;font-size:10pt}}
table.kv{{border:1.5px solid {accent};}} table.kv td{{padding:2px 8px;text-align:right}} table.kv td:first-child{{color:#666;text-align:left}}
h1{{font-size:16pt;margin:10mm 0 3mm 0;color:{accent};font-weight:normal;text-transform:uppercase;letter-spacing:2px}}
table.it{{width:100%}} table.it th{{text-align:left;border-bottom:1.5px solid {accent};padding:4px 3px;color:{accent}}} table.it td{{padding:4px 3px;border-bottom:1px solid #e4e4e4}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:6mm;border:1.5px solid {accent}}} table.tot td{{padding:3px 10px;text-align:right}} table.tot tr.t td{{background:{accent};color:#fff;font-weight:bold;font-size:11pt}}
.pay{{margin-top:8mm;font-size:8.5pt}}
.foot{{position:fixed;bottom:9mm;left:16mm;right:16mm;border-top:1.5px solid {accent};padding-top:2mm;font-size:7.3pt;color:#444;display:flex;gap:5mm}} .foot div{{flex:1}}
</style></head><body>
<div class="logo">{logo}</div>
<div class="row"><div class="cust">{'<br>'.join(cust)}</div><table class="kv">{kvh}</table></div>
<h1>Invoice</h1>
<table class="it"><tr><th>Item no.</th><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit price</th><th class="r">Amount</th></tr>{rows}</table>
<table class="tot"><tr><td>Net amount</td><td>{n(sub)}</td></tr><tr><td>VAT {ratep} %</td><td>{n(tax)}</td></tr><tr class="t"><td>To pay {cur}</td><td>{n(total)}</td></tr></table>
<div class="pay">Please state the reference when paying. {ocr}</div>
<div class="foot"><div><b>{e(vn)}</b><br>{'<br>'.join(addr)}</div><div>Phone +{rng.choice(['46','45','47','358'])} {rng.randint(10,99)} {rng.randint(100,999)} {rng.randint(10,99)} {rng.randint(10,99)}<br>invoice@{vn.split()[0].lower()}.com</div>
<div>{bank}</div><div>{regline}</div></div>
</body></html>"""
    t = truth(vn, vtax, inv, po, idate, ddate, cur, sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "kv_box_footer_vendor",
              f"Vendor legal name appears only in the footer (logo shows '{logo}'). 'Your reference' is a person (not a PO)" + (", 'Your order no.' is the PO" if po else "") +
              f". VAT {ratep}%. Payment/OCR reference is a decoy." + (" Y-tunnus (business id) also printed; vendor_tax_id is the FI VAT no." if i == 3 else "") +
              (" Norwegian VAT id printed as 'NO ... MVA'." if i == 2 else ""))
    return html, t, dict(must=[n(total), inv])


# =====================================================================  14 two_page
def s14_twopage(rng, i):
    cfg = [
        dict(vn="Harrow Components Ltd", addr=["Unit 12, Brent Park Trading Estate", "London NW10 0RW", "United Kingdom"], cur="GBP", sym="£", rate=D("20"),
             taxlbl="VAT 20%", taxid=lambda: gen_gb_vat(rng), idlbl="VAT Reg. No.", fd=lambda d: f"{d:%d/%m/%Y}", acc="#c62828"),
        dict(vn="Liffey Catering Supplies Ltd", addr=["Unit 7, Ballymount Industrial Estate", "Dublin 12, D12 X2Y3", "Ireland"], cur="EUR", sym="€", rate=D("23"),
             taxlbl="VAT @ 23%", taxid=lambda: brute(lambda: "IE" + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), __import__("stdnum.ie.vat", fromlist=["x"]).is_valid),
             idlbl="VAT No.", fd=lambda d: f"{d.day} {MON_ABBR_EN[d.month-1]} {d.year}", acc="#1565c0"),
        dict(vn="Pacific Lab Supply Inc.", addr=["2250 Commerce Way", "Fremont, CA 94538", "USA"], cur="USD", sym="$", rate=D("10.25"),
             taxlbl="Sales Tax (10.25%)", taxid=lambda: f"{rng.randint(10,99)}-{rng.randint(1000000,9999999)}", idlbl="Federal Tax ID",
             fd=lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}", acc="#2e7d32"),
        dict(vn="Northwind Office Supplies Ltd", addr=["Northwind House, 8 Canal Road", "Leeds LS12 2PL", "United Kingdom"], cur="GBP", sym="£", rate=D("20"),
             taxlbl="VAT 20%", taxid=lambda: gen_gb_vat(rng), idlbl="VAT Reg No", fd=lambda d: f"{d:%d.%m.%Y}", acc="#37474f"),
    ][i]
    vtax = cfg["taxid"]()
    cats = [
        ["Resistor 10k 0.25W (100)", "Capacitor 100uF 25V", "LED 5mm red (50)", "Terminal block 2-way", "Heat shrink kit", "USB-C connector PCB",
         "Ribbon cable 10-way 5m", "Crimp terminals (200)", "Toggle switch SPDT", "Relay 12V 10A", "Fuse 5x20 2A (10)", "DC jack 2.1mm",
         "Voltage regulator 7805", "MOSFET IRLZ44N", "Header pins 2.54 (10x40)", "Enclosure ABS 120x80", "Cable gland M16", "Solder 0.8mm 250g",
         "Potentiometer 10k lin", "Opto-coupler PC817", "Crystal 16MHz", "Diode 1N4007 (100)", "Transistor BC547 (50)", "Breadboard 830",
         "Jumper wires M/M (65)", "Stepper driver A4988", "Servo motor SG90", "Ferrite bead (20)", "Buzzer 5V active", "Battery holder 4xAA",
         "Thermistor NTC 10k", "Rotary encoder", "Display OLED 0.96in", "DIN rail 1m", "Cable ties 200mm (100)", "Spacer M3 10mm (50)",
         "Screw M3x8 (100)", "Nut M3 (100)", "Wire 0.5mm2 red 100m", "Wire 0.5mm2 black 100m", "Fan 80mm 12V", "Heatsink TO-220"],
        ["Gastronorm pan 1/1 65mm", "Gastronorm lid 1/1", "Chef knife 21cm", "Cutting board red HDPE", "Cutting board blue HDPE", "Stock pot 20L",
         "Frying pan 28cm", "Whisk 30cm", "Ladle 250ml", "Tongs 30cm (6)", "Sheet pan 60x40", "Cling film 45cm x 300m", "Foil 45cm x 150m",
         "Nitrile gloves L (100)", "Blue roll (6)", "Degreaser 5L", "Sanitiser spray 750ml (6)", "Dish rack", "Tea towels (10)", "Chef jacket M",
         "Apron bib black", "Thermometer probe", "Food labels day dots", "Storage box 10L", "Piping bags (100)", "Mixing bowl 8L",
         "Sieve 20cm", "Measuring jug 2L", "Bain marie pot", "Scoop 1L", "Pastry brush", "Squeeze bottle (6)", "Ramekin 9cm (12)",
         "Tray cloth (10)", "Oven glove pair", "Peeler (3)"],
        ["Pipette tips 200ul (960)", "Pipette tips 1000ul (768)", "Microcentrifuge tube 1.5ml (500)", "Conical tube 15ml (500)", "Conical tube 50ml (500)",
         "Petri dish 90mm (500)", "Nitrile gloves M (100)", "Lab coat L", "Safety glasses", "Beaker 250ml (12)", "Beaker 600ml (6)", "Erlenmeyer 250ml (10)",
         "Graduated cylinder 100ml", "Parafilm 4in x 125ft", "Weighing boats (500)", "Cryovial 2ml (100)", "Sharps container 5L", "Autoclave tape",
         "Kimwipes (280)", "Ethanol 70% 4L", "PBS tablets (100)", "Agar powder 500g", "LB broth 500g", "Inoculating loops (1000)", "Cell spreader (100)",
         "Slide glass (72)", "Cover slips (100)", "Magnetic stir bar", "pH strips (100)", "Filter paper 110mm (100)", "Syringe 10ml (100)",
         "Syringe filter 0.22um (50)", "Cuvettes PS (100)", "Tube rack 50-place", "Marker pen lab (10)"],
        ["A4 copier paper 80gsm (box)", "Ballpoint pen blue (50)", "Highlighters assorted (4)", "Lever arch file A4", "Ring binder A4", "Document wallets (50)",
         "Sticky notes 76x76 (12)", "Stapler full strip", "Staples 26/6 (5000)", "Hole punch 2-hole", "Envelopes DL (1000)", "Envelopes C4 (250)",
         "Printer toner black", "Printer toner cyan", "Label roll 89x36", "Whiteboard markers (4)", "Desk tidy", "Scissors 210mm", "Sellotape 24mm (6)",
         "Correction tape (10)", "Notebook A4 ruled (5)", "Paper clips 33mm (1000)", "Bulldog clips 32mm (10)", "Calculator desktop", "Archive boxes (10)",
         "Laminating pouches A4 (100)", "Monitor wipes (100)", "Hand wash 5L", "Toilet roll (36)", "Coffee beans 1kg", "Tea bags (1100)", "Milk portions (120)",
         "Sugar sticks (1000)", "Cups paper 8oz (1000)", "Bin liners (200)", "Batteries AA (24)"],
    ][i]
    n_lines = rng.randint(33, min(42, len(cats)))
    names = rng.sample(cats, n_lines)
    lines = []
    for k, name in enumerate(names):
        q = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50])
        up = price(rng, 0.85, 48, "0.01") if rng.random() < 0.85 else price(rng, 48, 260, "0.05")
        sku = f"{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.choice('ABCDEFGHKLMNPRSTW')}-{rng.randint(10000, 99999)}"
        lines.append(make_line(rng, name, q, up, sku=sku))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * cfg["rate"] / 100)
    total = sub + tax
    sym = cfg["sym"]
    m = lambda x: sym + num(x, "en")
    fd = cfg["fd"]
    idate = rand_date(rng)
    ddate = add_days(idate, 30)
    odate = add_days(idate, -rng.randint(3, 14))
    inv = rng.choice([f"INV-{rng.randint(100000, 999999)}", f"SI{rng.randint(10000, 99999)}", f"{idate.year}/{rng.randint(1000, 9999)}"])
    po = rng.choice([f"PO-{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4599999999)}", f"P{rng.randint(100000, 999999)}"])
    cust = rng.choice([("Brightwater Academy Trust", "Finance Office", "Station Road", "Reading RG1 1JX"),
                       ("Kestrel Robotics Ltd", "Accounts Payable", "Innovation Centre, 1 Science Park", "Cambridge CB4 0EY"),
                       ("St. Columba's Hospital", "Purchasing Dept.", "Dublin Road", "Drogheda A92 VW28"),
                       ("Redwood Biotech LLC", "AP Dept.", "455 Bay Road", "Menlo Park, CA 94025")])
    K = 29
    p1, p2 = lines[:K], lines[K:]
    cf = sum(l["amount"] for l in p1)

    def trs(ls, start):
        return "".join(f'<tr><td class="c">{start+k+1}</td><td>{l["sku"]}</td><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"])}</td><td class="r">{num(l["unit"], "en")}</td><td class="r">{num(l["amount"], "en")}</td></tr>' for k, l in enumerate(ls))
    thead = '<tr><th>#</th><th>Item code</th><th>Description</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Line total</th></tr>'
    acc = cfg["acc"]
    font = ["'DejaVu Sans Condensed'", "'Liberation Sans'", "'Liberation Sans Narrow'", "'DejaVu Sans'"][i]
    head = f'<div class="hd"><div class="nm">{e(cfg["vn"])}</div><div class="r">{"<br>".join(cfg["addr"])}<br>{cfg["idlbl"]}: {vtax}</div></div>'
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:8.3pt;color:#222}}
.page{{width:210mm;height:296.5mm;position:relative;overflow:hidden;padding:12mm 14mm;page-break-after:always}}
.page:last-child{{page-break-after:auto}}
.hd{{display:flex;justify-content:space-between;border-bottom:3px solid {acc};padding-bottom:2mm;font-size:8pt}} .nm{{font-size:16pt;font-weight:bold;color:{acc}}}
h1{{font-size:18pt;margin:5mm 0 3mm 0;color:{acc}}}
.two{{display:flex;gap:8mm}} .two>div{{flex:1}} .box{{border:1px solid #bbb;padding:2mm}} .lab{{font-weight:bold;color:{acc};font-size:7.5pt;text-transform:uppercase}}
table.meta td{{padding:1px 4px}}
table.it{{width:100%;margin-top:4mm}} table.it th{{background:{acc};color:#fff;padding:3px;text-align:left}} table.it td{{padding:2.4px 3px;border-bottom:1px solid #e0e0e0;height:5.6mm;white-space:nowrap}}
tr.cf td{{font-style:italic;background:#f3f3f3}}
.r{{text-align:right}} .c{{text-align:center}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:4mm;width:75mm}} table.tot td{{padding:3px 4px}} table.tot tr.t td{{font-weight:bold;font-size:11pt;border-top:2px solid {acc}}}
.pf{{position:absolute;bottom:8mm;left:14mm;right:14mm;font-size:7.5pt;color:#555;display:flex;justify-content:space-between;border-top:1px solid #ccc;padding-top:1.5mm}}
</style></head><body>
<div class="page">{head}
<h1>INVOICE</h1>
<div class="two"><div class="box"><div class="lab">Invoice to</div>{'<br>'.join(cust)}</div><div class="box"><div class="lab">Deliver to</div>{cust[0]}<br>Goods In / Stores<br>{cust[2]}<br>{cust[3]}</div>
<div class="box"><table class="meta"><tr><td>Invoice No:</td><td><b>{inv}</b></td></tr><tr><td>Invoice Date:</td><td>{fd(idate)}</td></tr><tr><td>Your Order No:</td><td>{po}</td></tr>
<tr><td>Order Date:</td><td>{fd(odate)}</td></tr><tr><td>Account No:</td><td>{rng.choice(['ACC','CUS','C'])}{rng.randint(1000,9999)}</td></tr><tr><td>Due Date:</td><td>{fd(ddate)}</td></tr></table></div></div>
<table class="it">{thead}{trs(p1, 0)}<tr class="cf"><td></td><td></td><td>Carried forward</td><td></td><td></td><td class="r">{num(cf,'en')}</td></tr></table>
<div class="pf"><div>{e(cfg['vn'])} · Invoice {inv} · Continued on next page</div><div>Page 1 of 2</div></div></div>
<div class="page">{head}
<div style="margin-top:4mm"><b>Invoice {inv}</b> (continued) — {fd(idate)}</div>
<table class="it">{thead}<tr class="cf"><td></td><td></td><td>Brought forward</td><td></td><td></td><td class="r">{num(cf,'en')}</td></tr>{trs(p2, K)}</table>
<table class="tot"><tr><td>Goods total (net)</td><td class="r">{m(sub)}</td></tr><tr><td>{cfg['taxlbl']}</td><td class="r">{m(tax)}</td></tr><tr class="t"><td>Invoice total {cfg['cur']}</td><td class="r">{m(total)}</td></tr></table>
<p style="margin-top:6mm">Payment terms: 30 days from invoice date. Please remit to {'Sort code ' + str(rng.randint(10,99)) + '-' + str(rng.randint(10,99)) + '-' + str(rng.randint(10,99)) + ' Account ' + str(rng.randint(10**7,10**8-1)) if cfg['cur']=='GBP' else ('IBAN ' + iban_for(rng,'IE') if cfg['cur']=='EUR' else 'ABA ' + str(rng.randint(10**8,10**9-1)) + ' / Account ' + str(rng.randint(10**9,10**10-1)))} quoting invoice number {inv}.<br>
Goods remain the property of {e(cfg['vn'])} until paid in full. Discrepancies must be reported within 5 working days of delivery.</p>
<div class="pf"><div>{e(cfg['vn'])} · Invoice {inv}</div><div>Page 2 of 2</div></div></div>
</body></html>"""
    t = truth(cfg["vn"], vtax, inv, po, idate, ddate, cfg["cur"], sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "two_page",
              f"Two pages, {len(lines)} line items ({K} on page 1). 'Carried forward'/'Brought forward' rows are page subtotals, not line items. Order date is a decoy." +
              (" vendor_tax_id is a US Federal Tax ID (EIN)." if i == 2 else ""))
    return html, t, dict(must=[m(total), inv], pages=2)


# =====================================================================  15 credit_note
def s15_credit(rng, i):
    de = i in (1, 3)
    if de:
        vn, vaddr = [("Bürowelt Schneider GmbH", ("Kaiserstraße 88", "60329 Frankfurt am Main")),
                     ("Kraftwerk Sport & Freizeit GmbH", ("Ludwigstraße 21", "93047 Regensburg"))][i // 2]
        vtax = gen_de_vat(rng)
        cur, rate = "EUR", D("19")
        cat = [("Bürodrehstuhl ErgoPlus schwarz", 189, 349), ("Schreibtisch höhenverstellbar 160x80", 420, 690), ("Rollcontainer 3 Schubladen", 119, 199),
               ("Monitorarm doppelt", 69, 129), ("Preisnachlass wegen Transportschaden", 40, 150)] if i == 1 else \
              [("Laufschuh TrailPro Gr. 42", 89, 149), ("Trainingsjacke Softshell M", 59, 99), ("Fitnessmatte 10 mm", 24, 39),
               ("Kurzhantel-Set 20 kg", 49, 89), ("Gutschrift Rücksendung Versandkosten", 4.9, 6.9)]
    else:
        vn, vaddr = [("Greenleaf Office Interiors Ltd", ("Unit 9, Kingsway Business Park", "Manchester M19 1BB")),
                     ("Sheridan Print & Media Ltd", ("41 Ormeau Road", "Belfast BT7 1SH"))][i // 2]
        vtax = gen_gb_vat(rng)
        cur, rate = "GBP", D("20")
        cat = [("Task chair Aria mesh", 119, 229), ("Meeting table 1800mm oak", 480, 890), ("Acoustic screen 1200mm", 140, 260),
               ("Delivery & installation", 60, 180), ("Goodwill credit - late delivery", 25, 120)] if i == 0 else \
              [("Brochures A4 16pp (500)", 380, 720), ("Pull-up banner 850mm", 65, 120), ("Business cards (1000)", 35, 70),
               ("Reprint error - colour shift", 50, 200), ("Courier charge", 12, 25)]
    items = pick_catalog(rng, cat, rng.randint(1, 3))
    lines = []
    for name, lo, hi in items:
        q = 1 if any(w in name for w in ("Preisnachlass", "Gutschrift", "Goodwill", "Delivery", "error", "Courier", "table", "Schreibtisch")) else rng.randint(1, 4)
        lines.append(make_line(rng, name, q, -price(rng, lo, hi, "0.01" if hi < 10 else "1")))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * rate / 100)
    total = sub + tax
    idate = rand_date(rng)
    orig_date = add_days(idate, -rng.randint(10, 60))
    orig_inv = f"RE-{orig_date.year}-{rng.randint(1000, 9999)}" if de else f"INV-{rng.randint(10000, 99999)}"
    inv = f"GS-{idate.year}-{rng.randint(10, 999):03d}" if de else f"CN-{rng.randint(1000, 9999)}"
    po = f"{rng.randint(4500000, 4599999)}" if rng.random() < 0.4 else None
    cust = (("Steuerkanzlei Albrecht & Partner mbB", "Goethestraße 5", "64283 Darmstadt") if i == 1 else ("Vereinsheim TSV Lappersdorf e.V.", "Am Sportplatz 3", "93138 Lappersdorf")) if de else \
           (("Ardwick Housing Association", "Accounts Payable", "Hyde Road, Manchester M12 6BH") if i == 0 else ("Lagan Valley Credit Union", "The Square", "Lisburn BT28 1AA"))
    acc = ["#2d6a4f", "#264653", "#6d597a", "#9c2c2c"][i]
    font = ["'Liberation Sans'", "'DejaVu Serif'", "'DejaVu Sans'", "'Liberation Serif'"][i]
    if de:
        m = lambda x: num(x, "de") + " €"
        rows = "".join(f'<tr><td>{k+1}</td><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"], "de")}</td><td class="r">{m(l["unit"])}</td><td class="r">{m(l["amount"])}</td></tr>' for k, l in enumerate(lines))
        title = "Gutschrift" if i == 3 else "Rechnungskorrektur / Gutschrift"
        html_body = f"""<h1>{title}</h1>
<table class="meta"><tr><td>Gutschrift-Nr.</td><td><b>{inv}</b></td></tr><tr><td>Datum</td><td>{idate:%d.%m.%Y}</td></tr>
<tr><td>Kundennummer</td><td>{rng.randint(10000,99999)}</td></tr><tr><td>Bezug</td><td>Rechnung Nr. {orig_inv} vom {orig_date:%d.%m.%Y}</td></tr>{('<tr><td>Ihre Bestellung</td><td>' + po + '</td></tr>') if po else ''}</table>
<p>Sehr geehrte Damen und Herren,<br>wir schreiben Ihnen folgende Beträge zu unserer Rechnung {orig_inv} gut:</p>
<table class="it"><tr><th>Pos.</th><th>Bezeichnung</th><th class="r">Menge</th><th class="r">Einzelpreis</th><th class="r">Gesamt</th></tr>{rows}</table>
<table class="tot"><tr><td>Nettobetrag</td><td class="r">{m(sub)}</td></tr><tr><td>Umsatzsteuer 19 %</td><td class="r">{m(tax)}</td></tr><tr class="t"><td>Gutschriftsbetrag</td><td class="r">{m(total)}</td></tr></table>
<p>Der Gutschriftsbetrag von {m(abs(total))} wird mit Ihrer nächsten Rechnung verrechnet bzw. auf Ihr Konto erstattet.</p>"""
        foot = f"{e(vn)} · {vaddr[0]} · {vaddr[1]} · USt-IdNr. {vtax} · IBAN {iban_for(rng,'DE')} · Seite 1 von 1"
        mt = m(total)
    else:
        paren = i == 2
        mm = (lambda x: f"({num(abs(x), 'en')})") if paren else (lambda x: num(abs(x), "en"))
        m = lambda x: "£" + mm(x)
        rows = "".join(f'<tr><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"])}</td><td class="r">{mm(l["unit"])}</td><td class="r">{mm(l["amount"])}</td></tr>' for l in lines)
        html_body = f"""<h1>CREDIT NOTE</h1>
<table class="meta"><tr><td>Credit note no.</td><td><b>{inv}</b></td></tr><tr><td>Credit note date</td><td>{idate:%d/%m/%Y}</td></tr>
<tr><td>Original invoice</td><td>{orig_inv} dated {orig_date:%d/%m/%Y}</td></tr>{('<tr><td>Your PO ref.</td><td>' + po + '</td></tr>') if po else ''}<tr><td>Reason</td><td>{rng.choice(['Goods returned','Pricing error','Damaged in transit','Service credit'])}</td></tr></table>
<table class="it"><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit price £</th><th class="r">Credit £</th></tr>{rows}</table>
<table class="tot"><tr><td>Net credit</td><td class="r">{m(sub)}</td></tr><tr><td>VAT @ 20%</td><td class="r">{m(tax)}</td></tr><tr class="t"><td>Total credit</td><td class="r">{m(total)}</td></tr></table>
<p>This credit note has been applied to your account. No payment is required. Please retain for your VAT records.</p>"""
        foot = f"{e(vn)} · Registered in England &amp; Wales No. {rng.randint(10**7,10**8-1)} · VAT Reg. No. {vtax} · Page 1 of 1"
        mt = m(total)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','16mm 18mm')}
body{{font-family:{font};font-size:9.5pt;color:#222}}
.hd{{display:flex;justify-content:space-between;align-items:flex-start}} .nm{{font-size:17pt;font-weight:bold;color:{acc}}}
.addr{{margin-top:12mm;line-height:1.4}}
h1{{font-size:20pt;color:{acc};border-bottom:2px solid {acc};margin:10mm 0 4mm 0;padding-bottom:2mm}}
table.meta td{{padding:1.5px 8px 1.5px 0}}
table.it{{width:100%;margin-top:6mm}} table.it th{{border-bottom:1.5px solid #222;text-align:left;padding:4px 2px}} table.it td{{padding:4px 2px;border-bottom:1px solid #ddd}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:5mm;width:80mm}} table.tot td{{padding:3px 2px}} table.tot tr.t td{{font-weight:bold;font-size:11pt;border-top:1.5px solid #222;border-bottom:3px double #222}}
.ft{{position:fixed;bottom:0;left:0;right:0;font-size:7.3pt;color:#555;text-align:center;border-top:1px solid #bbb;padding-top:2mm}}
</style></head><body>
<div class="hd"><div><div class="nm">{e(vn)}</div>{vaddr[0]}<br>{vaddr[1]}</div><div class="r" style="font-size:8.5pt">{'Tel.' if de else 'Tel'} 0{rng.randint(20,99)} {rng.randint(100000,999999)}<br>{'USt-IdNr.' if de else 'VAT No.'} {vtax}</div></div>
<div class="addr">{'<br>'.join(e(x) for x in cust)}</div>
{html_body}
<div class="ft">{foot}</div>
</body></html>"""
    t = truth(vn, vtax, inv, po, idate, None, cur, sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "credit_note",
              f"Credit note referencing original invoice {orig_inv} (decoy; invoice_number is the credit-note number). " +
              ("Amounts printed NEGATIVE (unit prices negative, quantities positive)." if de else
               ("Amounts printed in accounting parentheses, e.g. (119.00); truth is negative." if i == 2 else "Amounts printed POSITIVE under a 'CREDIT NOTE' title; truth is negative.")),
              dtype="credit_note")
    return html, t, dict(must=[inv])


# =====================================================================  16 letter
def s16_letter(rng, i):
    de = i in (1, 3)
    cfg = [
        dict(vn="Berg Strategy Consulting GmbH", head="BERG STRATEGY CONSULTING", sub="Management Consulting · Organisational Development",
             addr=("Maximilianstraße 35", "80539 Munich", "Germany"), signer="Dr. Katharina Berg", city="Munich"),
        dict(vn="Dipl.-Ing. Markus Feldmann", head="Markus Feldmann", sub="Beratender Ingenieur · Energieeffizienz und Gebäudetechnik",
             addr=("Am Alten Hafen 4", "26122 Oldenburg", ""), signer="Markus Feldmann", city="Oldenburg"),
        dict(vn="Halvorsen Advisory Ltd", head="Halvorsen Advisory", sub="Interim Finance &amp; Transformation",
             addr=("3 Merrion Square North", "Dublin 2, D02 XK79", "Ireland"), signer="Ingrid Halvorsen", city="Dublin"),
        dict(vn="Kanzlei Dr. Roth & Weber Rechtsanwälte PartG mbB", head="ROTH &amp; WEBER", sub="Rechtsanwälte · Fachanwälte für Arbeitsrecht",
             addr=("Königsallee 60", "40212 Düsseldorf", ""), signer="Dr. Stefanie Roth", city="Düsseldorf"),
    ][i]
    vtax = gen_de_vat(rng) if i != 2 else brute(lambda: "IE" + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), __import__("stdnum.ie.vat", fromlist=["x"]).is_valid)
    rate = D("23") if i == 2 else D("19")
    idate = rand_date(rng)
    ps, pe = prev_month_span(idate)
    hours = D(rng.randint(8, 60)) + (D("0.5") if rng.random() < 0.4 else 0)
    hr = price(rng, 110, 290, "5")
    l1 = make_line(rng, "hours", hours, hr)
    lines = [l1]
    extra = rng.random() < 0.75
    if extra:
        exp = price(rng, 45, 620, "0.01")
        lines.append(dict(desc="expenses", qty=None, unit=None, amount=exp))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * rate / 100)
    total = sub + tax
    ddate = add_days(idate, rng.choice([14, 14, 21, 30]))
    inv = rng.choice([f"{idate.year}-{rng.randint(1, 99):03d}", f"{idate.year % 100}/{rng.randint(1, 400)}", f"R {idate.year}/{rng.randint(100, 999)}"])
    contract = add_days(idate, -rng.randint(60, 300))
    iban = iban_for(rng, "IE" if i == 2 else "DE")
    loc = "de" if de else "en"
    n = lambda x: num(x, loc)
    if de:
        cust = rng.choice([("Stadtwerke Nordheide GmbH", "Herrn Geschäftsführer Jan Petersen", "Bahnhofstraße 2", "21244 Buchholz"),
                           ("Maschinenbau Kessler AG", "Frau Dr. Ulrike Hahn", "Industriepark 9", "47119 Duisburg")])
        ref = f"Ihr Auftrag Nr. {rng.randint(4500000, 4599999)}" if rng.random() < 0.5 else None
        po = ref.split("Nr. ")[1] if ref else None
        hrs_txt = f"{n(hours).rstrip('0').rstrip(',') if hours != int(hours) else int(hours)} Stunden à {n(hr)} EUR, das sind {n(l1['amount'])} EUR"
        exp_txt = f", sowie Auslagen (Reisekosten, Kopien) in Höhe von {n(lines[1]['amount'])} EUR" if extra else ""
        what = "Beratungsleistungen im Bereich Energieeffizienz" if i == 1 else "anwaltlichen Tätigkeit in der arbeitsrechtlichen Angelegenheit Ihres Hauses"
        body = f"""<p>Sehr geehrte Damen und Herren,</p>
<p>für die im {MONTHS['de'][ps.month-1]} {ps.year} erbrachten {what} gemäß unserer Vereinbarung vom {contract:%d.%m.%Y}{(' (' + ref + ')') if ref else ''} berechne{'n wir' if i == 3 else ' ich'} Ihnen {hrs_txt}{exp_txt}.
Der Nettobetrag beläuft sich somit auf {n(sub)} EUR. Zuzüglich 19 % Umsatzsteuer in Höhe von {n(tax)} EUR ergibt sich ein Rechnungsbetrag von <b>{n(total)} EUR</b>.</p>
<p>Bitte überweisen Sie den Betrag von {n(total)} EUR bis zum {long_date(ddate, 'de')} auf das unten genannte Konto (IBAN {iban}) unter Angabe der Rechnungsnummer.</p>
<p>Eine Aufstellung der Tätigkeiten liegt diesem Schreiben bei. Für Rückfragen stehe{'n wir' if i == 3 else ' ich'} Ihnen gern zur Verfügung.</p>
<p>Mit freundlichen Grüßen</p><br><br><p>{cfg['signer']}</p>"""
        subj = f"Rechnung Nr. {inv}"
        dateline = f"{cfg['city']}, {long_date(idate, 'de')}"
        footer = f"{e(cfg['vn'])} · {cfg['addr'][0]} · {cfg['addr'][1]} · Steuernummer {gen_de_stnr(rng)} · USt-IdNr. {vtax} · IBAN {iban}"
    else:
        cust = rng.choice([("Corrib Renewables DAC", "Attn: Ms Aoife Brennan, CFO", "Galway Business Park", "Galway H91 X2K5", "Ireland"),
                           ("Shannon Freight Services Ltd", "Attn: Mr David Okafor", "Ballycasey Business Park", "Shannon V14 P298", "Ireland")] if i == 2 else
                          [("Alpenrose Hotels GmbH", "Attn: Mr Thomas Gruber", "Seestraße 14", "82327 Tutzing", "Germany"),
                           ("Voss Medizintechnik GmbH", "Attn: Ms Julia Voss, CEO", "Hafenweg 3", "20457 Hamburg", "Germany")])
        po = f"PO {rng.randint(10000, 99999)}" if rng.random() < 0.5 else None
        cur_word = "EUR"
        hrs_txt = f"{hours.normalize():f} hours of {'strategy' if i == 0 else 'interim finance'} consulting at {cur_word} {n(hr)} per hour, i.e. {cur_word} {n(l1['amount'])}"
        exp_txt = f", plus travel and accommodation expenses of {cur_word} {n(lines[1]['amount'])}" if extra else ""
        body = f"""<p>Dear {cust[1].split(', ')[0].replace('Attn: ', '')},</p>
<p>For services rendered in {MONTHS['en'][ps.month-1]} {ps.year} under our consulting agreement of {long_date(contract, 'en')}{(' (your ' + po + ')') if po else ''}, we charge you for {hrs_txt}{exp_txt}.
This makes a net total of {cur_word} {n(sub)}. Plus {rate}% VAT of {cur_word} {n(tax)}, the total amount is <b>{cur_word} {n(total)}</b>.</p>
<p>Please pay the amount of {cur_word} {n(total)} by {long_date(ddate, 'en')} to our account IBAN {iban}, quoting invoice number {inv}.</p>
<p>A breakdown of the hours worked is enclosed. Thank you for the pleasant cooperation.</p>
<p>Kind regards,</p><br><br><p>{cfg['signer']}<br>{'Managing Director' if i == 0 else 'Director'}</p>"""
        subj = f"Invoice No. {inv}"
        dateline = f"{cfg['city']}, {long_date(idate, 'en')}"
        footer = f"{e(cfg['vn'])} · {cfg['addr'][0]} · {cfg['addr'][1]} · VAT No. {vtax} · IBAN {iban}"
        if po:
            po = po.split()[1] if po.startswith("PO ") else po
    font = ["'Liberation Serif'", "'DejaVu Serif'", "'Liberation Serif'", "'DejaVu Serif Condensed'"][i]
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:10.8pt;color:#1b1b1b;line-height:1.5}}
.pg{{position:relative;width:210mm;height:296mm;padding:0 22mm 0 25mm}}
.lh{{text-align:center;padding-top:13mm}} .lh .h{{font-size:19pt;letter-spacing:4px;color:#2b3a55}} .lh .s{{font-size:8.5pt;color:#666;letter-spacing:1px}}
.sender{{position:absolute;top:45mm;left:25mm;font-size:7pt;color:#555}}
.addr{{position:absolute;top:51mm;left:25mm;line-height:1.35}}
.date{{position:absolute;top:90mm;right:22mm}}
.txt{{position:absolute;top:100mm;left:25mm;right:22mm;text-align:justify}} .subj{{font-weight:bold;margin-bottom:5mm}}
.ft{{position:absolute;bottom:10mm;left:25mm;right:22mm;font-size:7pt;color:#555;text-align:center;border-top:1px solid #ccc;padding-top:2mm;line-height:1.3}}
</style></head><body><div class="pg">
<div class="lh"><div class="h">{cfg['head']}</div><div class="s">{cfg['sub']}</div></div>
<div class="sender">{e(cfg['vn'])} · {cfg['addr'][0]} · {cfg['addr'][1]}</div>
<div class="addr">{'<br>'.join(e(x) for x in cust)}</div>
<div class="date">{dateline}</div>
<div class="txt"><div class="subj">{subj}</div>{body}</div>
<div class="ft">{footer}</div>
</div></body></html>"""
    tl = [(lines[0]["amount"], lines[0]["qty"])] + ([(lines[1]["amount"], None)] if extra else [])
    t = truth(cfg["vn"], vtax, inv, po, idate, ddate, "EUR", sub, tax, total, tl, "letter",
              ("German" if de else "English") + " letter-style invoice with all facts in running text. Line items: hours x rate" +
              (" and a lump-sum expenses item (no quantity)." if extra else ".") + f" Agreement date {contract.isoformat()} and service month are decoys." +
              (" Steuernummer also printed; vendor_tax_id is the USt-IdNr." if de else "") + (" PO given as 'Ihr Auftrag Nr.'" if (de and po) else ""))
    return html, t, dict(must=[n(total), inv])


# =====================================================================  17 discount_shipping_deposit
def s17_deposit(rng, i):
    cfg = [
        dict(vn="Oakhaven Furniture Makers Ltd", addr=["The Old Sawmill, Dairy Lane", "Ludlow SY8 4DN, United Kingdom"], cur="GBP", sym="£", rate=D("20"), taxlbl="VAT 20%",
             idlbl="VAT No.", idf=lambda: gen_gb_vat(rng), fd=lambda d: f"{d:%d/%m/%Y}", title="Invoice",
             cat=[("Solid oak dining table 2000x900", 1450, 2600), ("Oak dining chair, upholstered seat", 220, 390), ("Oak sideboard 3-door", 980, 1650), ("Bench 1600mm", 340, 520), ("Finishing oil (1 L)", 18, 29)]),
        dict(vn="Summit Audio Visual LLC", addr=["880 Harrison Ave", "Boston, MA 02118, USA"], cur="USD", sym="$", rate=D("6.25"), taxlbl="MA Sales Tax 6.25%",
             idlbl=None, idf=lambda: None, fd=lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}", title="Invoice",
             cat=[("75\" 4K commercial display", 1200, 2100), ("Ceiling speaker pair", 180, 360), ("Conference camera PTZ", 650, 1400), ("Wireless presentation system", 890, 1500), ("HDMI cable 25 ft", 22, 48)]),
        dict(vn="Coastline Solar Pty Ltd", addr=["14 Harbour Drive", "Coffs Harbour NSW 2450, Australia"], cur="AUD", sym="$", rate=D("10"), taxlbl="GST 10%",
             idlbl="ABN", idf=lambda: (lambda a: f"{a[:2]} {a[2:5]} {a[5:8]} {a[8:]}")(gen_au_abn(rng)), fd=lambda d: f"{d:%d/%m/%Y}", title="Tax Invoice",
             cat=[("Solar panel 440W mono", 210, 330), ("Hybrid inverter 8 kW", 2400, 3900), ("Battery module 10 kWh", 6900, 9800), ("Mounting rail kit", 45, 95), ("Installation labour (hours)", 95, 140)]),
        dict(vn="Kilkenny Stone & Tile Ltd", addr=["Unit 4, Hebron Business Park", "Kilkenny R95 F6W2, Ireland"], cur="EUR", sym="€", rate=D("23"), taxlbl="VAT 23%",
             idlbl="VAT Reg.", idf=lambda: brute(lambda: "IE" + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), __import__("stdnum.ie.vat", fromlist=["x"]).is_valid),
             fd=lambda d: f"{d.day} {MONTHS['en'][d.month-1]} {d.year}", title="Invoice",
             cat=[("Porcelain tile 60x60 (m²)", 28, 55), ("Limestone paving 600x400 (m²)", 42, 75), ("Tile adhesive 20 kg", 14, 24), ("Grout 5 kg", 9, 16), ("Quartz worktop 3000mm", 780, 1450)]),
    ][i]
    vtax = cfg["idf"]()
    items = pick_catalog(rng, cfg["cat"], rng.randint(2, 5))
    lines = []
    for name, lo, hi in items:
        if "(m²)" in name:
            q = D(rng.randint(80, 600)) / 10
        elif "(hours)" in name:
            q = rng.randint(6, 24)
        elif "panel" in name:
            q = rng.randint(10, 24)
        elif hi > 1000:
            q = rng.randint(1, 2)
        else:
            q = rng.randint(1, 8)
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "1" if hi > 100 else "0.50")))
    items_sub = sum(l["amount"] for l in lines)
    if rng.random() < 0.5:
        pct = rng.choice([5, 10, 12, 15])
        disc = q2(items_sub * pct / 100)
        disc_lbl = f"Discount ({pct}%)"
    else:
        disc = price(rng, 50, 400, "10")
        disc_lbl = rng.choice(["Trade discount", "Loyalty discount", "Promotional discount"])
    ship = price(rng, 35, 220, "5")
    ship_lbl = rng.choice(["Shipping &amp; handling", "Delivery", "Freight and delivery"])
    net = items_sub - disc + ship
    tax = q2(net * cfg["rate"] / 100)
    total = net + tax
    deposit = q2(total * D(rng.choice([20, 25, 30, 40, 50])) / 100).quantize(D("1"))
    balance = total - deposit
    sym = cfg["sym"]
    m = lambda x: ("-" if x < 0 else "") + sym + num(abs(x), "en")
    fd = cfg["fd"]
    idate = rand_date(rng)
    depdate = add_days(idate, -rng.randint(15, 60))
    ddate = add_days(idate, rng.choice([7, 14, 30])) if rng.random() < 0.8 else None
    inv = rng.choice([f"{rng.randint(1000, 9999)}", f"INV-{idate.year}-{rng.randint(100, 999)}", f"{cfg['vn'][:2].upper()}{rng.randint(10000, 99999)}"])
    po = rng.choice([None, f"PO{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}"])
    quote = f"Q-{rng.randint(1000, 9999)}"
    cust = [("Hollybrook Bed &amp; Breakfast", "Church Lane", "Clun SY7 8JA"), ("Meridian Law LLP", "22 Court Street", "Boston, MA 02108"),
            ("Sandy Point Surf Club Inc.", "1 Marine Parade", "Yamba NSW 2464"), ("Nore Valley Veterinary Clinic", "Bennettsbridge Road", "Kilkenny R95 K2P7")][i]
    rows = "".join(f'<tr><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"])}</td><td class="r">{m(l["unit"])}</td><td class="r">{m(l["amount"])}</td></tr>' for l in lines)
    acc = ["#5b3a29", "#0d47a1", "#ef6c00", "#455a64"][i]
    font = ["'DejaVu Serif'", "'Liberation Sans'", "'DejaVu Sans'", "'Liberation Serif'"][i]
    gl = "incl. GST" if i == 2 else "gross"
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('Letter' if i == 1 else 'A4','0')}
body{{font-family:{font};font-size:9.5pt;color:#222;display:flex;min-height:100vh}}
.side{{width:52mm;background:{acc};color:#fff;padding:16mm 6mm;font-size:8.5pt;line-height:1.5}} .side .nm{{font-size:14pt;font-weight:bold;margin-bottom:6mm;line-height:1.2}}
.side .k{{opacity:.75;font-size:7.5pt;text-transform:uppercase;margin-top:4mm}}
.main{{flex:1;padding:16mm 14mm}}
h1{{font-size:24pt;margin:0 0 6mm 0;color:{acc};font-weight:normal}}
.bill{{line-height:1.4}}
table.it{{width:100%;margin-top:8mm}} table.it th{{text-align:left;border-bottom:2px solid {acc};padding:4px 2px;font-size:8.5pt;text-transform:uppercase;color:{acc}}} table.it td{{padding:5px 2px;border-bottom:1px solid #eee}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:5mm;width:90mm}} table.tot td{{padding:3px 2px}} table.tot tr.s td{{border-top:1px solid #999;font-weight:bold}}
table.tot tr.g td{{font-weight:bold;font-size:11pt;border-top:2px solid {acc}}} table.tot tr.bd td{{font-weight:bold;font-size:12pt;background:{acc};color:#fff;padding:5px 4px}}
.note{{margin-top:8mm;font-size:8.5pt;color:#444}}
</style></head><body>
<div class="side"><div class="nm">{e(cfg['vn'])}</div>{'<br>'.join(cfg['addr'])}
{('<div class="k">' + cfg['idlbl'] + '</div>' + vtax) if vtax else ''}
<div class="k">Invoice number</div>{inv}<div class="k">Invoice date</div>{fd(idate)}
{('<div class="k">Due date</div>' + fd(ddate)) if ddate else '<div class="k">Terms</div>Balance due on delivery'}
<div class="k">Quote ref.</div>{quote}{('<div class="k">Customer PO</div>' + po) if po else ''}
<div class="k">Pay to</div>{'IBAN ' + iban_for(rng, 'GB' if i == 0 else 'IE') if i in (0, 3) else ('BSB ' + str(rng.randint(100,999)) + '-' + str(rng.randint(100,999)) + ' Acc ' + str(rng.randint(10**7,10**8-1)) if i == 2 else 'ACH routing ' + str(rng.randint(10**8,10**9-1)))}</div>
<div class="main"><h1>{cfg['title']}</h1><div class="bill"><b>Billed to</b><br>{'<br>'.join(cust)}</div>
<table class="it"><tr><th>Item</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Total</th></tr>{rows}</table>
<table class="tot"><tr><td>Items subtotal</td><td class="r">{m(items_sub)}</td></tr><tr><td>{disc_lbl}</td><td class="r">{m(-disc)}</td></tr><tr><td>{ship_lbl}</td><td class="r">{m(ship)}</td></tr>
<tr class="s"><td>Net total</td><td class="r">{m(net)}</td></tr><tr><td>{cfg['taxlbl']}</td><td class="r">{m(tax)}</td></tr>
<tr class="g"><td>Invoice total ({gl})</td><td class="r">{m(total)}</td></tr><tr><td>Less deposit received {fd(depdate)}</td><td class="r">{m(-deposit)}</td></tr>
<tr class="bd"><td>Balance due {cfg['cur']}</td><td class="r">{m(balance)}</td></tr></table>
<div class="note">Thank you for your order. The deposit of {m(deposit)} was received against quote {quote} on {fd(depdate)}. Please pay the balance of {m(balance)}{(' by ' + fd(ddate)) if ddate else ' on delivery'}.</div></div>
</body></html>"""
    t = truth(cfg["vn"], vtax, inv, po, idate, ddate, cfg["cur"], net, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "discount_shipping_deposit",
              f"subtotal = printed 'Net total' = items subtotal {items_sub:.2f} - discount {disc:.2f} + shipping {ship:.2f}. line_items are the product lines only (discount and shipping are in the totals block), so sum(line_items) = items subtotal, not subtotal. "
              f"total = invoice total {total:.2f} (gross, BEFORE deducting the deposit); deposit {deposit:.2f} and 'Balance due' {balance:.2f} are decoys. Quote ref is a decoy." +
              ("" if vtax else " US vendor: no tax id printed.") + ("" if ddate else " No due date printed."))
    return html, t, dict(must=[m(total), inv], lines_sum="none")


# =====================================================================  18 ch_rechnung (+QR-bill)
def s18_ch(rng, i):
    cfg = [
        dict(vn="Bergholz Schreinerei AG", addr=("Länggassstrasse 44", "3012 Bern"), acc="#8b0000",
             cat=[("Einbauschrank Esche massiv, gemäss Offerte", 2800, 5200, "Stk"), ("Arbeitsstunden Schreiner", 88, 115, "Std"), ("Montage vor Ort", 95, 120, "Std"), ("Kleinmaterial / Beschläge", 45, 180, "psch"), ("Transport", 80, 180, "psch")]),
        dict(vn="Alpenblick Treuhand GmbH", addr=("Pilatusstrasse 19", "6003 Luzern"), acc="#1a4e8a",
             cat=[("Buchhaltung und Jahresabschluss 2025", 1800, 4200, "psch"), ("Steuererklärung juristische Person", 650, 1400, "psch"), ("Lohnbuchhaltung (Mitarbeitende/Monat)", 28, 45, "Stk"), ("Beratung Mehrwertsteuer", 160, 220, "Std")]),
        dict(vn="Zürisee Elektro GmbH", addr=("Seestrasse 210", "8800 Thalwil"), acc="#e0a100",
             cat=[("Elektromonteur EFZ", 98, 125, "Std"), ("Lehrling", 45, 60, "Std"), ("LED-Einbauspot 230V", 38, 69, "Stk"), ("Steckdose T13 3-fach UP", 22, 39, "Stk"), ("Kleinmaterial", 25, 90, "psch"), ("Fahrzeugpauschale", 45, 65, "psch")]),
        dict(vn="Atelier Lumière Sàrl", addr=("Rue du Marché 12", "1204 Genève"), acc="#444",
             cat=[("Fotoshooting Produktkatalog (Tag)", 1400, 2400, "Tag"), ("Bildbearbeitung (Bild)", 18, 35, "Stk"), ("Nutzungsrechte Print und Web", 600, 1500, "psch"), ("Spesen Anreise", 60, 180, "psch")]),
    ][i]
    uid = gen_ch_uid(rng)
    uid_print = f"{uid} MWST"
    items = pick_catalog(rng, cfg["cat"], rng.randint(2, 4))
    lines = []
    for name, lo, hi, u in items:
        if u == "Std":
            q = D(rng.randint(2, 48)) / 2
        elif u == "psch" or hi > 2000:
            q = 1
        elif u == "Tag":
            q = rng.randint(1, 3)
        else:
            q = rng.randint(2, 40)
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.05" if hi < 500 else "10"), u=u))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * D("0.081"))
    total = sub + tax
    n = lambda x: num(x, "ch")
    idate = rand_date(rng, start=dt.date(2025, 3, 1))
    days = rng.choice([10, 20, 30, 30])
    ddate = add_days(idate, days) if rng.random() < 0.6 else None
    inv = rng.choice([f"{idate.year}-{rng.randint(1, 999):04d}", f"{rng.randint(20000, 29999)}", f"RE{idate:%y}{rng.randint(100, 999)}"])
    po = f"{rng.randint(4500000, 4599999)}" if rng.random() < 0.4 else None
    cust = rng.choice([("Immobilien Gerber AG", "Frau Sandra Gerber", "Bahnhofplatz 3", "3011 Bern"),
                       ("Hotel Seeblick AG", "Buchhaltung", "Seeweg 8", "6354 Vitznau"),
                       ("Dr. med. Peter Imhof", None, "Dorfstrasse 27", "8802 Kilchberg ZH"),
                       ("Weinhandlung Favre SA", None, "Route de Lausanne 5", "1180 Rolle")])
    iban = iban_for(rng, "CH")
    ref_body = "".join(rng.choice("0123456789") for _ in range(26))
    qref = ref_body + ch_esr.calc_check_digit(ref_body)
    qref_fmt = qref[:2] + " " + " ".join(qref[k:k + 5] for k in range(2, 27, 5))
    qamt = num(total, "nosep_dot")
    qamt_sp = f"{int(total):,}".replace(",", " ") + "." + f"{total:.2f}".split(".")[1]
    rows = "".join(f'<tr><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"])}</td><td>{l["u"]}</td><td class="r">{n(l["unit"])}</td><td class="r">{n(l["amount"])}</td></tr>' for l in lines)
    caddr = [x for x in cust if x]
    font = ["'Liberation Sans'", "'DejaVu Sans'", "'Liberation Sans'", "'DejaVu Serif'"][i]
    acc = cfg["acc"]
    cond = f"Zahlbar bis {ddate:%d.%m.%Y}" if ddate else f"Zahlungsfrist {days} Tage netto"
    qr = fake_qr(rng, 33, 46 / 33)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:9.5pt;color:#111}}
.pg{{position:relative;width:210mm;height:296mm;overflow:hidden}}
.top{{position:absolute;top:14mm;left:20mm;right:18mm;display:flex;justify-content:space-between;border-bottom:2px solid {acc};padding-bottom:2mm}}
.nm{{font-size:16pt;font-weight:bold;color:{acc}}}
.addr{{position:absolute;top:48mm;left:118mm;line-height:1.4}}
.meta{{position:absolute;top:48mm;left:20mm;font-size:9pt}} .meta td{{padding:1px 6px 1px 0}}
.body{{position:absolute;top:88mm;left:20mm;right:18mm}}
h1{{font-size:14pt;margin:0 0 3mm 0}}
table.it{{width:100%}} table.it th{{text-align:left;border-bottom:1px solid #111;padding:3px 2px}} table.it td{{padding:3px 2px;border-bottom:1px solid #e2e2e2}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:3mm;width:85mm}} table.tot td{{padding:2px 2px}} table.tot tr.t td{{font-weight:bold;border-top:1px solid #111;border-bottom:2px solid #111}}
.qr{{position:absolute;left:0;right:0;bottom:0;height:105mm;border-top:1px dashed #000;font-family:'Liberation Sans';display:flex}}
.scis{{position:absolute;top:-3.2mm;left:8mm;font-size:9pt}}
.rcpt{{width:62mm;padding:5mm;border-right:1px dashed #000;font-size:8pt;position:relative}} .pay{{flex:1;padding:5mm;display:flex;font-size:10pt}}
.h{{font-weight:bold;font-size:11pt;margin-bottom:3mm}} .lb{{font-weight:bold;font-size:6pt;margin-top:2mm}} .pay .lb{{font-size:8pt}}
.cross{{position:absolute;z-index:2;width:7mm;height:7mm;background:#000;left:19.5mm;top:19.5mm;border:0.5mm solid #fff}} .cross:before{{content:"";position:absolute;left:2.7mm;top:1.1mm;width:1.3mm;height:4.5mm;background:#fff}} .cross:after{{content:"";position:absolute;left:1.1mm;top:2.7mm;width:4.5mm;height:1.3mm;background:#fff}}
</style></head><body><div class="pg">
<div class="top"><div class="nm">{e(cfg['vn'])}</div><div class="r" style="font-size:8pt">{cfg['addr'][0]} · {cfg['addr'][1]}<br>Tel. +41 {rng.randint(21,91)} {rng.randint(100,999)} {rng.randint(10,99)} {rng.randint(10,99)}<br>UID {uid_print}</div></div>
<table class="meta"><tr><td>Rechnung Nr.</td><td><b>{inv}</b></td></tr><tr><td>Datum</td><td>{idate:%d.%m.%Y}</td></tr><tr><td>Kunden-Nr.</td><td>{rng.randint(1000,9999)}</td></tr>
{('<tr><td>Ihre Bestellung</td><td>' + po + '</td></tr>') if po else ''}<tr><td>Leistungszeitraum</td><td>{add_days(idate,-rng.randint(20,40)):%d.%m.%Y} – {add_days(idate,-rng.randint(1,5)):%d.%m.%Y}</td></tr><tr><td>Seite</td><td>1/1</td></tr></table>
<div class="addr">{'<br>'.join(caddr)}</div>
<div class="body"><h1>Rechnung</h1>
<table class="it"><tr><th>Bezeichnung</th><th class="r">Menge</th><th>Einh.</th><th class="r">Preis CHF</th><th class="r">Betrag CHF</th></tr>{rows}</table>
<table class="tot"><tr><td>Total exkl. MWST</td><td class="r">{n(sub)}</td></tr><tr><td>MWST 8.1%</td><td class="r">{n(tax)}</td></tr><tr class="t"><td>Total CHF inkl. MWST</td><td class="r">{n(total)}</td></tr></table>
<p>{cond}. Vielen Dank für Ihren Auftrag.</p></div>
<div class="qr"><span class="scis">&#9986;</span>
<div class="rcpt"><div class="h">Empfangsschein</div><div class="lb">Konto / Zahlbar an</div>{iban}<br>{e(cfg['vn'])}<br>{cfg['addr'][0]}<br>{cfg['addr'][1]}
<div class="lb">Referenz</div>{qref_fmt}<div class="lb">Zahlbar durch</div>{'<br>'.join(caddr)}
<div style="display:flex;gap:6mm;margin-top:4mm"><div><div class="lb">Währung</div>CHF</div><div><div class="lb">Betrag</div>{qamt_sp}</div></div><div class="lb" style="text-align:right;margin-top:4mm">Annahmestelle</div></div>
<div class="pay"><div style="width:56mm"><div class="h">Zahlteil</div><div style="position:relative;width:46mm;height:46mm">{qr}<div class="cross"></div></div>
<div style="display:flex;gap:6mm;margin-top:4mm"><div><div class="lb">Währung</div>CHF</div><div><div class="lb">Betrag</div>{qamt_sp}</div></div></div>
<div style="padding-left:4mm"><div class="lb">Konto / Zahlbar an</div>{iban}<br>{e(cfg['vn'])}<br>{cfg['addr'][0]}<br>{cfg['addr'][1]}<div class="lb">Referenz</div>{qref_fmt}
<div class="lb">Zusätzliche Informationen</div>Rechnung Nr. {inv}<div class="lb">Zahlbar durch</div>{'<br>'.join(caddr)}</div></div></div>
</div></body></html>"""
    t = truth(cfg["vn"], uid_print, inv, po, idate, ddate, "CHF", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "ch_rechnung",
              "Swiss invoice with QR-bill payment part (amount repeated as '1 234.50' style, QR reference is a decoy, QR code is a fake image). "
              f"vendor_tax_id printed as '{uid_print}' (UID core {uid}). Amounts use apostrophe thousands separator." +
              ("" if ddate else f" No due date printed ('Zahlungsfrist {days} Tage netto').") + " Leistungszeitraum is a decoy.")
    return html, t, dict(must=[n(total), inv])
