"""Styles 1-6"""
import datetime as dt
from decimal import Decimal as D

from common import *  # noqa


# =====================================================================  1 stripe_saas
def s01_stripe(rng, i):
    cfgs = [
        dict(vendor="Loopwise, Inc.", cur="USD", sym="$", addr=["548 Market Street", "PMB 31207",
             "San Francisco, California 94104", "United States"], email="billing@loopwise.io",
             phone="+1 415-555-0148", taxid=None, rate=D("0.08875"),
             taxlabel="Sales Tax - New York (8.875%)", size="Letter",
             cust=[("Harbor &amp; Pine Media LLC", ["231 West 39th Street, Floor 9", "New York, New York 10018", "United States"], "ap@harborpine.com", None)]),
        dict(vendor="Brightpath Analytics Ltd", cur="GBP", sym="£", addr=["20 Wenlock Road", "London N1 7GU", "United Kingdom"],
             email="accounts@brightpath.co.uk", phone=None, taxid="gb", rate=D("0.20"),
             taxlabel="VAT - United Kingdom (20% on {net})", size="A4",
             cust=[("Northgate Home Services Ltd", ["Unit 4, Riverside Park", "Leeds LS10 1DJ", "United Kingdom"], "finance@northgatehome.co.uk", "gb")]),
        dict(vendor="Kodeo Software GmbH", cur="EUR", sym="€", addr=["Torstraße 109", "10119 Berlin", "Germany"],
             email="invoices@kodeo.dev", phone="+49 30 55578210", taxid="de", rate=D("0.19"),
             taxlabel="VAT - Germany (19% on {net})", size="A4",
             cust=[("Falkenrath Logistik GmbH", ["Hafenstraße 22", "28217 Bremen", "Germany"], "rechnungen@falkenrath-logistik.de", "de")]),
        dict(vendor="Fernhill Labs B.V.", cur="EUR", sym="€", addr=["Herengracht 420", "1017 BZ Amsterdam", "Netherlands"],
             email="billing@fernhill.io", phone=None, taxid="nl", rate=D("0.21"),
             taxlabel="VAT - Netherlands (21% on {net})", size="A4",
             cust=[("Studio Veldman V.O.F.", ["Lange Nieuwstraat 14", "3512 PH Utrecht", "Netherlands"], "admin@studioveldman.nl", "nl")]),
    ]
    c = cfgs[i]
    gen = {"gb": gen_gb_vat, "de": gen_de_vat, "nl": gen_nl_btw}
    vtax = gen[c["taxid"]](rng) if c["taxid"] else None
    cname, caddr, cmail, ctax = c["cust"][0]
    ctaxid = gen[ctax](rng) if ctax else None
    idate = rand_date(rng)
    due_days = rng.choice([0, 7, 14, 30])
    ddate = add_days(idate, due_days)
    pstart = idate
    pend = add_days(idate, 30)
    per = f"{MON_ABBR_EN[pstart.month-1]} {pstart.day} – {MON_ABBR_EN[pend.month-1]} {pend.day}, {pend.year}"
    plans = [("Growth plan", 29, 79, 3, 40), ("Team plan", 12, 39, 5, 60), ("Business plan", 99, 249, 1, 12)]
    pl = rng.choice(plans)
    lines = [make_line(rng, pl[0], rng.randint(pl[3], pl[4]), price(rng, pl[1], pl[2], "1"), period=per, unitlabel="seat")]
    extras = [
        ("Additional storage (per 100 GB)", lambda: rng.randint(1, 12), lambda: D("15.00")),
        ("API requests (per 10,000)", lambda: rng.randint(20, 900), lambda: D("0.40")),
        ("Priority support add-on", lambda: 1, lambda: price(rng, 99, 299, "1")),
        ("Onboarding &amp; setup package", lambda: 1, lambda: price(rng, 450, 1500, "50")),
        ("Extra workspace", lambda: rng.randint(1, 4), lambda: price(rng, 19, 49, "1")),
    ]
    for name, qf, pf in rng.sample(extras, rng.randint(0, 3)):
        lines.append(make_line(rng, name, qf(), pf(), period=per if "package" not in name else None))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * c["rate"])
    total = sub + tax
    inv = "".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + f"-{rng.randint(1, 40):04d}"
    m = lambda x: ("-" if x < 0 else "") + c["sym"] + num(abs(x), "en")
    dlong = us_long
    taxlabel = c["taxlabel"].format(net=m(sub))
    rows = ""
    for l in lines:
        p = f'<div class="per">{e(l["period"])}</div>' if l.get("period") else ""
        rows += f'<tr><td>{l["desc"]}{p}</td><td class="r">{qty_str(l["qty"])}</td><td class="r">{m(l["unit"])}</td><td class="r">{m(l["amount"])}</td></tr>'
    font = ["'Liberation Sans'", "'DejaVu Sans'"][i % 2]
    accent = ["#635bff", "#0a7cff", "#12a36b", "#e2542f"][i]
    logo_letter = c["vendor"][0]
    vtax_html = f"<div>VAT {e(vtax)}</div>" if vtax else ""
    ctax_html = f"<div>{'GB VAT' if ctax=='gb' else 'EU VAT'} {e(ctaxid)}</div>" if ctaxid else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css(c['size'], '0')}
body{{font-family:{font};font-size:9.5pt;color:#1a1f36;padding:16mm 16mm 0 16mm}}
h1{{font-size:20pt;font-weight:600;margin:0 0 6mm 0}}
.top{{display:flex;justify-content:space-between}}
.logo{{width:13mm;height:13mm;border-radius:3mm;background:{accent};color:#fff;font-size:20pt;font-weight:bold;display:flex;align-items:center;justify-content:center}}
.meta td{{padding:1px 0;font-size:9pt}} .meta td:first-child{{width:32mm;color:#1a1f36;font-weight:600}}
.cols{{display:flex;gap:18mm;margin-top:8mm}} .cols div{{line-height:1.45}} .cols b{{font-weight:600}}
.big{{font-size:15pt;font-weight:600;margin:9mm 0 2mm 0}}
a{{color:{accent}}}
table.items{{width:100%;margin-top:10mm}}
table.items th{{font-weight:normal;color:#697386;font-size:8.5pt;text-align:left;border-bottom:1px solid #c1c9d2;padding:4px 0}}
table.items td{{padding:6px 0;vertical-align:top;border-bottom:1px solid #ebeef1}}
.per{{color:#697386;font-size:8.5pt;margin-top:1px}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;width:55%;margin-top:2mm}} table.tot td{{padding:5px 0;border-top:1px solid #ebeef1}}
table.tot tr.b td{{font-weight:600}}
.foot{{position:fixed;bottom:12mm;left:16mm;right:16mm;font-size:8pt;color:#697386;border-top:1px solid #ebeef1;padding-top:3mm}}
</style></head><body>
<div class="top"><h1>Invoice</h1><div class="logo">{logo_letter}</div></div>
<table class="meta"><tr><td>Invoice number</td><td>{inv}</td></tr><tr><td>Date of issue</td><td>{dlong(idate)}</td></tr><tr><td>Date due</td><td>{dlong(ddate)}</td></tr></table>
<div class="cols"><div><b>{e(c['vendor'])}</b><br>{'<br>'.join(c['addr'])}<br>{c['phone'] + '<br>' if c['phone'] else ''}{c['email']}{vtax_html}</div>
<div><b>Bill to</b><br>{cname}<br>{'<br>'.join(caddr)}<br>{cmail}{ctax_html}</div></div>
<div class="big">{m(total)} due {dlong(ddate)}</div>
<a href="#">Pay online</a>
<table class="items"><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount</th></tr>{rows}</table>
<table class="tot"><tr><td>Subtotal</td><td class="r">{m(sub)}</td></tr>
<tr><td>Total excluding tax</td><td class="r">{m(sub)}</td></tr>
<tr><td>{taxlabel}</td><td class="r">{m(tax)}</td></tr>
<tr><td>Total</td><td class="r">{m(total)}</td></tr>
<tr class="b"><td>Amount due</td><td class="r">{m(total)} {c['cur']}</td></tr></table>
<div class="foot">{inv} · {m(total)} due {dlong(ddate)} <span style="float:right">Page 1 of 1</span></div>
</body></html>"""
    t = truth(c["vendor"], vtax, inv, None, idate, ddate, c["cur"], sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "stripe_saas",
              "Stripe-like SaaS invoice. 'Total excluding tax' equals subtotal. Bill-to tax id is the customer's (decoy)." if ctaxid else
              "Stripe-like SaaS invoice; US sales tax; no seller tax id printed.")
    return html, t, dict(must=[m(total), inv])


# =====================================================================  2 cloud_statement
def s02_cloud(rng, i):
    idate = rand_date(rng)
    pstart, pend = prev_month_span(idate)
    idate = pend + dt.timedelta(days=rng.randint(1, 3))
    hours = (pend - pstart).days * 24 + 24
    if i in (0, 2):   # Hetzner-like, EUR, grouped by project, hourly usage
        vendor = ["Wolkenwerk Cloud GmbH", "Nordhang Hosting GmbH"][i // 2]
        vaddr = ["Industriestraße 25, 91710 Gunzenhausen, Germany", "Am Speicher 7, 24103 Kiel, Germany"][i // 2]
        vtax = gen_de_vat(rng)
        inv = f"R{rng.randint(10**9, 10**10-1)}"
        custno = f"K{rng.randint(10**8, 10**9-1)}"
        cust = rng.choice([("Pixelfabrik UG (haftungsbeschränkt)", "Spinnereistraße 7", "04179 Leipzig"),
                           ("Brenner Data Services GmbH", "Rosenheimer Str. 141", "81671 München"),
                           ("Tomasz Wieczorek", "Karl-Marx-Allee 90", "10243 Berlin")])
        ctax = gen_de_vat(rng) if "GmbH" in cust[0] else None
        projects = rng.sample(["web-prod", "staging", "analytics", "mail", "ci-runners", "backup"], rng.randint(2, 3))
        groups = []
        all_lines = []
        catalog = [("Server CX22", "0.0060"), ("Server CX32", "0.0112"), ("Server CPX41", "0.0400"),
                   ("Server CCX23", "0.0433"), ("Volume 100 GB", "0.0073"), ("Primary IPv4", "0.0008"),
                   ("Load Balancer LB11", "0.0088"), ("Backups CX32", "0.0022"), ("Snapshot 40 GB", "0.0006")]
        for p in projects:
            items = []
            for name, up in rng.sample(catalog, rng.randint(2, 4)):
                full = rng.random() < 0.6
                h = hours if full else rng.randint(24, hours - 24)
                sname = name
                if name.startswith("Server"):
                    sname = f'{name} (#{rng.randint(10**7, 10**8-1)}) "{p}-{rng.randint(1, 4)}"'
                start = pstart if full else pstart + dt.timedelta(days=rng.randint(0, 10))
                items.append(make_line(rng, sname, h, D(up), span=f"{start:%d/%m/%Y} – {pend:%d/%m/%Y}"))
            groups.append((p, items))
            all_lines += items
        sub = sum(l["amount"] for l in all_lines)
        rate = D("0.19")
        tax = q2(sub * rate)
        total = sub + tax
        m = lambda x: "€ " + num(x, "en")
        rows = ""
        for p, items in groups:
            rows += f'<tr class="grp"><td colspan="5">Project "{p}"</td></tr>'
            for l in items:
                rows += (f'<tr><td>{e(l["desc"])}</td><td>{l["span"]}</td><td class="r">{qty_str(l["qty"])} h</td>'
                         f'<td class="r">€ {num(l["unit"], "en", 4)}</td><td class="r">{m(l["amount"])}</td></tr>')
        font = ["'DejaVu Sans'", "'Liberation Sans'"][i // 2]
        accent = ["#d50c2d", "#0b5394"][i // 2]
        html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:8.5pt;color:#222;padding:14mm 15mm}}
.brand{{font-size:17pt;font-weight:bold;color:{accent};letter-spacing:1px}}
.hdr{{display:flex;justify-content:space-between;align-items:flex-start}}
.small{{font-size:7pt;color:#555}}
.addr{{margin-top:14mm;line-height:1.4}}
.meta{{font-size:8.5pt}} .meta td{{padding:1px 6px}} .meta td:first-child{{color:#666}}
h2{{font-size:13pt;margin:10mm 0 3mm 0;font-weight:normal}}
table.it{{width:100%}} table.it th{{background:#eee;text-align:left;padding:4px;font-size:8pt}}
table.it td{{padding:3px 4px;border-bottom:1px solid #eee}}
tr.grp td{{font-weight:bold;background:#fafafa;padding-top:6px}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.sum{{margin-left:auto;margin-top:4mm;width:45%}} table.sum td{{padding:3px 4px}}
table.sum tr.t td{{font-weight:bold;border-top:2px solid #333;font-size:10pt}}
.foot{{position:fixed;bottom:10mm;left:15mm;right:15mm;font-size:7pt;color:#666;display:flex;justify-content:space-between;border-top:1px solid #ccc;padding-top:2mm}}
</style></head><body>
<div class="hdr"><div><div class="brand">{vendor.split()[0].upper()}</div><div class="small">{e(vendor)} · {vaddr}</div>
<div class="addr">{e(cust[0])}<br>{cust[1]}<br>{cust[2]}<br>Germany{('<br>VAT ID ' + ctax) if ctax else ''}</div></div>
<table class="meta"><tr><td>Invoice no.</td><td>{inv}</td></tr><tr><td>Customer no.</td><td>{custno}</td></tr>
<tr><td>Invoice date</td><td>{idate:%d/%m/%Y}</td></tr><tr><td>Billing period</td><td>{pstart:%d/%m/%Y} – {pend:%d/%m/%Y}</td></tr>
<tr><td>Page</td><td>1/1</td></tr></table></div>
<h2>Invoice {inv}</h2>
<p>Dear customer, we hereby invoice the following cloud services used in the billing period. The amount will be debited from your stored payment method.</p>
<table class="it"><tr><th>Description</th><th>Period</th><th class="r">Usage</th><th class="r">Unit price</th><th class="r">Amount (net)</th></tr>{rows}</table>
<table class="sum"><tr><td>Total (net)</td><td class="r">{m(sub)}</td></tr><tr><td>VAT 19 %</td><td class="r">{m(tax)}</td></tr>
<tr class="t"><td>Total due</td><td class="r">{m(total)}</td></tr></table>
<div class="foot"><div>{e(vendor)}<br>{vaddr}</div><div>Managing directors: {rng.choice(['M. Keller','S. Auer','J. Hartmann'])}<br>Register court Ansbach HRB {rng.randint(1000,9999)}</div><div>VAT ID {vtax}<br>IBAN {iban_for(rng,'DE')}</div></div>
</body></html>"""
        t = truth(vendor, vtax, inv, None, idate, None, "EUR", sub, tax, total,
                  [(l["amount"], l["qty"]) for l in all_lines], "cloud_statement",
                  "Hosting provider monthly invoice; usage in hours x 4-decimal hourly price, amounts rounded to cents. No due date printed (direct debit). Project group headers are not line items.")
        return html, t, dict(must=[m(total), inv])
    # AWS-like, USD, charges by service without quantities
    us = (i == 1)
    vendor = "Stratus Web Services, Inc." if us else "Stratus Web Services EMEA SARL"
    vaddr = ["410 Terry Avenue North", "Seattle, WA 98109-5210, US"] if us else ["38 Avenue John F. Kennedy", "L-1855 Luxembourg"]
    vtax = None if us else gen_lu_tva(rng)
    inv = f"{idate.year}{rng.randint(10**8, 10**9-1)}" if us else f"EUINDE{idate.year % 100}-{rng.randint(10**6, 10**7-1)}"
    acct = f"{rng.randint(1000,9999)}-{rng.randint(1000,9999)}-{rng.randint(1000,9999)}"
    services = ["Elastic Compute Cloud", "Simple Storage Service", "Relational Database Service", "CloudFront",
                "Data Transfer", "Elastic Load Balancing", "Route 53", "CloudWatch", "Key Management Service",
                "Lambda", "Simple Queue Service", "Elastic Container Service", "Secrets Manager"]
    sv = rng.sample(services, rng.randint(4, 9))
    lines = []
    for s in sv:
        big = s in ("Elastic Compute Cloud", "Relational Database Service", "Elastic Container Service")
        amt = price(rng, 120, 4800) if big else price(rng, 0.5, 260)
        lines.append(dict(desc=s, amount=amt, qty=None))
    sub = sum(l["amount"] for l in lines)
    if us:
        rate = D(rng.choice(["0.0625", "0.06", "0.0725"]))
        taxlabel = f"Estimated US sales tax ({num(rate*100, 'en', 2).rstrip('0').rstrip('.')}%)"
        ccountry = ("Quillfeather Inc.", ["1450 Broadway, Suite 1200", "Denver, CO 80202", "United States"])
        cur, sym = "USD", "USD "
    else:
        rate = D("0.17")
        taxlabel = "VAT 17%"
        ccountry = ("Kestrel Consulting S.à r.l.", ["12 Rue de la Gare", "L-1611 Luxembourg"])
        cur, sym = "USD", "USD "
    tax = q2(sub * rate)
    total = sub + tax
    m = lambda x: "USD " + num(x, "en")
    due = add_days(idate, 30) if rng.random() < 0.5 else None
    rows = "".join(f'<tr><td>{s["desc"]}</td><td class="r">{m(s["amount"])}</td></tr>' for s in lines)
    ctax_html = f"<br>VAT Registration: {gen_lu_tva(rng)}" if not us else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('Letter' if us else 'A4','0')}
body{{font-family:'Liberation Sans';font-size:9pt;color:#16191f;padding:13mm 15mm}}
.logo{{font-size:15pt;font-weight:bold;color:#232f3e}} .logo span{{color:#ff9900}}
.hdr{{display:flex;justify-content:space-between;border-bottom:3px solid #232f3e;padding-bottom:4mm}}
h1{{font-size:16pt;margin:6mm 0 2mm 0;font-weight:normal}}
.box{{border:1px solid #aab7b8;padding:3mm 4mm;margin-top:4mm}}
.two{{display:flex;gap:8mm}} .two>div{{flex:1}}
.kv td{{padding:1.5px 4px 1.5px 0}} .kv td:first-child{{color:#545b64;width:40mm}}
table.svc{{width:100%;margin-top:2mm}} table.svc th{{text-align:left;border-bottom:1px solid #16191f;padding:3px 0}}
table.svc td{{padding:3px 0;border-bottom:1px dotted #d5dbdb}}
.r{{text-align:right}} th.r{{text-align:right!important}}
.sumt td{{padding:2px 0}} .sumt tr.t td{{font-weight:bold;font-size:11pt;border-top:1px solid #16191f;padding-top:4px}}
.muted{{color:#545b64;font-size:7.5pt}}
</style></head><body>
<div class="hdr"><div class="logo">stratus<span>&#x2192;</span> web services</div><div class="r">{e(vendor)}<br>{'<br>'.join(vaddr)}{('<br>VAT ' + vtax) if vtax else ''}</div></div>
<h1>Tax Invoice</h1>
<div class="two"><div class="box"><table class="kv"><tr><td>Invoice Number:</td><td>{inv}</td></tr><tr><td>Invoice Date:</td><td>{us_long(idate)}</td></tr>
<tr><td>Account number:</td><td>{acct}</td></tr><tr><td>Billing period:</td><td>{us_long(pstart)} - {us_long(pend)}</td></tr>
{('<tr><td>Payment due:</td><td>' + us_long(due) + '</td></tr>') if due else '<tr><td>Payment terms:</td><td>Charged to card on file</td></tr>'}</table></div>
<div class="box"><b>Bill to Address:</b><br>ATTN: Accounts Payable<br>{e(ccountry[0])}<br>{'<br>'.join(ccountry[1])}{ctax_html}</div></div>
<div class="box"><b>Invoice Summary</b><table class="sumt" style="width:100%"><tr><td>Charges</td><td class="r">{m(sub)}</td></tr>
<tr><td>Credits</td><td class="r">USD 0.00</td></tr><tr><td>{taxlabel}</td><td class="r">{m(tax)}</td></tr>
<tr class="t"><td>Total due</td><td class="r">{m(total)}</td></tr></table></div>
<div class="box"><b>Charges by service</b><table class="svc"><tr><th>Service</th><th class="r">Charges</th></tr>{rows}
<tr><td><b>Total pre-tax charges</b></td><td class="r"><b>{m(sub)}</b></td></tr></table></div>
<p class="muted">Please reference the invoice number when paying. This invoice covers usage of account {acct} for the billing period stated above. Page 1 of 1</p>
</body></html>"""
    t = truth(vendor, vtax, inv, None, idate, due, cur, sub, tax, total,
              [(l["amount"], None) for l in lines], "cloud_statement",
              "Cloud provider invoice, charges by service without quantities. 'Account number' is a decoy." +
              ("" if due else " No due date printed."))
    return html, t, dict(must=[m(total), inv])


# =====================================================================  3 de_handwerker
HANDWERK = [
    dict(vendor="Malerbetrieb Hoffmann GmbH", short="Hoffmann", tag="Maler- und Lackierarbeiten · Fassaden · Bodenbeläge",
         addr=("Gartenstraße 12", "79098 Freiburg im Breisgau"), court="Amtsgericht Freiburg HRB 70{0}", gf="Geschäftsführer: Jens Hoffmann",
         items=[("Arbeitsstunden Malergeselle", "Std.", (48, 62), (4, 32), True, True),
                ("Arbeitsstunden Meister", "Std.", (62, 78), (1, 8), True, True),
                ("Wände und Decken spachteln (Q3), schleifen und grundieren", "m²", (8, 14), (20, 160), False, True),
                ("Dispersionsfarbe weiß, 12,5 l Gebinde", "Stk.", (62, 94), (1, 8), False, False),
                ("Abdeckmaterial und Kreppband", "pausch.", (25, 65), (1, 1), False, False),
                ("Anfahrtspauschale", "pausch.", (35, 55), (1, 1), False, False),
                ("Raufaser tapezieren inkl. Material", "m²", (11, 17), (30, 140), False, True)]),
    dict(vendor="Elektro Schulz e.K.", short="Elektro Schulz", tag="Inh. Thomas Schulz · Elektroinstallation · Smart Home · E-Check",
         addr=("Bahnhofstraße 3a", "73728 Esslingen am Neckar"), court="Amtsgericht Stuttgart HRA 73{0}", gf="Inhaber: Thomas Schulz",
         items=[("Monteurstunden Elektroinstallation", "Std.", (56, 72), (2, 24), True, True),
                ("Schuko-Steckdose Gira E2 reinweiß, montiert", "Stk.", (18, 32), (2, 16), False, False),
                ("NYM-J 3x1,5 mm² verlegen", "m", (2, 4), (10, 120), False, True),
                ("FI/LS-Schalter B16 30mA", "Stk.", (68, 95), (1, 4), False, False),
                ("E-Check nach DGUV V3", "pausch.", (89, 149), (1, 1), False, True),
                ("Fahrtkosten Zone 2", "pausch.", (28, 45), (1, 1), False, False),
                ("Kleinmaterial", "pausch.", (12, 40), (1, 1), False, False)]),
    dict(vendor="Sanitär Krüger GmbH & Co. KG", short="Krüger Haustechnik", tag="Heizung · Sanitär · Klima · Notdienst",
         addr=("Am Mühlbach 8", "31137 Hildesheim"), court="Amtsgericht Hildesheim HRA 20{0}", gf="pers. haftende Gesellschafterin: Krüger Verwaltungs GmbH, GF: Sabine Krüger",
         items=[("Kundendienstmonteur, Arbeitszeit", "Std.", (64, 79), (1, 12), True, True),
                ("Helfer, Arbeitszeit", "Std.", (44, 55), (1, 12), True, True),
                ("Wartung Gas-Brennwerttherme inkl. Abgasmessung", "pausch.", (149, 219), (1, 1), False, True),
                ("Thermostatventil Heimeier, DN15", "Stk.", (24, 39), (1, 8), False, False),
                ("Eckventil 1/2\" mit Rosette", "Stk.", (9, 16), (1, 6), False, False),
                ("Notdienstzuschlag Wochenende", "pausch.", (75, 120), (1, 1), False, False),
                ("Anfahrt", "pausch.", (39, 59), (1, 1), False, False)]),
    dict(vendor="Tischlerei Brandt GmbH", short="Tischlerei Brandt", tag="Möbel nach Maß · Innenausbau · Fenster und Türen",
         addr=("Werkstraße 41", "48155 Münster"), court="Amtsgericht Münster HRB 18{0}", gf="Geschäftsführerin: Karin Brandt",
         items=[("Tischlerstunden Werkstatt", "Std.", (58, 70), (4, 30), True, True),
                ("Montagestunden vor Ort", "Std.", (58, 70), (2, 16), True, True),
                ("Einbauschrank Eiche furniert, lt. Angebot", "Stk.", (1800, 3400), (1, 1), False, False),
                ("Innentür Weißlack inkl. Zarge, montiert", "Stk.", (380, 540), (1, 4), False, False),
                ("Beschläge und Kleinteile", "pausch.", (30, 95), (1, 1), False, False),
                ("Altmaterial-Entsorgung", "pausch.", (45, 90), (1, 1), False, False)]),
]


def s03_de_handwerker(rng, i):
    v = HANDWERK[i]
    vtax = gen_de_vat(rng)
    stnr = gen_de_stnr(rng)
    iban = iban_for(rng, "DE")
    idate = rand_date(rng)
    ldate = add_days(idate, -rng.randint(2, 20))
    ddate = add_days(idate, rng.choice([14, 14, 10, 30]))
    inv = rng.choice([f"RE-{idate.year}-{rng.randint(100, 999):04d}", f"{idate.year % 100}{rng.randint(1000, 9999)}", f"R{idate.year}{rng.randint(1,99):02d}{rng.randint(100,999)}"])
    custno = f"{rng.randint(10000, 29999)}"
    cust = rng.choice([("Hausverwaltung Lindner GmbH", "z. Hd. Frau Petra Wagner", "Königstraße 54", "70173 Stuttgart", True),
                       ("Herrn Michael Becker", None, "Lindenweg 7", "79111 Freiburg", False),
                       ("Praxis Dr. med. Anna Vogt", None, "Marktplatz 2", "73728 Esslingen", False),
                       ("Wohnbau Kessler KG", "Bauleitung", "Osterstraße 19", "31134 Hildesheim", True),
                       ("Frau Claudia Neumann", None, "Roggenkamp 12", "48165 Münster", False)])
    po = None
    if cust[4] and rng.random() < 0.75:
        po = f"{rng.choice(['BE', 'B', '45'])}{rng.randint(100000, 999999)}"
    items = pick_catalog(rng, v["items"], rng.randint(3, 6))
    items.sort(key=lambda x: (not x[4], x[0].startswith("Anfahrt") or x[0].startswith("Fahrt")))
    lines = []
    labour = D(0)
    for name, unit, (plo, phi), (qlo, qhi), is_hours, is_lab in items:
        if unit == "Std.":
            q = D(rng.randint(qlo * 2, qhi * 2)) / 2
        elif unit in ("m²", "m"):
            q = D(rng.randint(qlo * 10, qhi * 10)) / 10
        else:
            q = rng.randint(qlo, qhi)
        up = price(rng, plo, phi, "0.50" if unit in ("Std.", "pausch.") else "0.05")
        l = make_line(rng, name, q, up, unitlabel=unit)
        lines.append(l)
        if unit == "Std.":
            labour += l["amount"]
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * D("0.19"))
    total = sub + tax
    m = lambda x: num(x, "de") + " €"
    rows = "".join(
        f'<tr><td>{k+1}</td><td class="r">{qty_str(l["qty"], "de") if l["unitlabel"] != "pausch." else "1"}</td><td>{l["unitlabel"]}</td>'
        f'<td>{e(l["desc"])}</td><td class="r">{m(l["unit"])}</td><td class="r">{m(l["amount"])}</td></tr>'
        for k, l in enumerate(lines))
    lab_note = ""
    if labour > 0:
        lab_note = (f"<p class='sm'>Im Rechnungsbetrag sind Lohnkosten gem. § 35a EStG in Höhe von {m(labour)} netto "
                    f"({m(q2(labour*D('1.19')))} brutto) enthalten.</p>")
    font = ["'DejaVu Sans'", "'Liberation Sans'", "'Liberation Serif'", "'DejaVu Sans Condensed'"][i]
    accent = ["#1d5fa8", "#c47b00", "#0e7c66", "#6b4f2a"][i]
    sal = "Sehr geehrte Damen und Herren," if not cust[0].startswith(("Herrn", "Frau")) else (
        f"Sehr geehrter Herr {cust[0].split()[-1]}," if cust[0].startswith("Herrn") else f"Sehr geehrte Frau {cust[0].split()[-1]},")
    addr = "<br>".join(x for x in (cust[0], cust[1], cust[2], cust[3]) if x)
    svc = rng.choice(["Leistungsdatum", "Leistungsdatum", "Lieferdatum"])
    pob = f"<tr><td>Ihre Bestellnummer</td><td>{po}</td></tr>" if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:10pt;color:#111}}
.pg{{position:relative;width:210mm;height:296mm;overflow:hidden}}
.head{{position:absolute;top:12mm;left:25mm;right:20mm;display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid {accent};padding-bottom:3mm}}
.head .n{{font-size:20pt;font-weight:bold;color:{accent}}} .head .t{{font-size:8pt;color:#444;text-align:right}}
.fold{{position:absolute;left:4mm;width:5mm;border-top:1px solid #999}}
.sender{{position:absolute;top:45mm;left:25mm;width:85mm;font-size:7pt;text-decoration:underline;color:#333}}
.addr{{position:absolute;top:52mm;left:25mm;width:85mm;line-height:1.35}}
.info{{position:absolute;top:50mm;left:125mm;width:70mm;font-size:8.5pt}} .info td{{padding:1px 0}} .info td:first-child{{width:32mm;color:#333}}
.body{{position:absolute;top:98mm;left:25mm;right:20mm}}
h1{{font-size:14pt;margin:0 0 4mm 0}}
table.it{{width:100%;font-size:9pt;margin-top:3mm}} table.it th{{border-bottom:1px solid #111;text-align:left;padding:3px 2px;font-weight:bold}}
table.it td{{padding:3px 2px;vertical-align:top;border-bottom:1px solid #ddd}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.sum{{margin-left:auto;width:80mm;font-size:9.5pt;margin-top:3mm}} table.sum td{{padding:2px 2px}}
table.sum tr.g td{{font-weight:bold;border-top:1px solid #111;border-bottom:3px double #111}}
.sm{{font-size:8pt;color:#333}}
.foot{{position:absolute;bottom:8mm;left:25mm;right:20mm;display:flex;gap:5mm;font-size:7pt;color:#333;border-top:1px solid #999;padding-top:2mm}} .foot div{{flex:1}}
</style></head><body><div class="pg">
<div class="fold" style="top:105mm"></div><div class="fold" style="top:148.5mm;width:7mm"></div><div class="fold" style="top:210mm"></div>
<div class="head"><div class="n">{e(v['short'])}</div><div class="t">{v['tag']}<br>{v['addr'][0]} · {v['addr'][1]}<br>Tel. 0{rng.randint(200,999)} {rng.randint(100000,999999)}</div></div>
<div class="sender">{e(v['vendor'])} · {v['addr'][0]} · {v['addr'][1]}</div>
<div class="addr">{addr}</div>
<table class="info"><tr><td>Kundennummer</td><td>{custno}</td></tr><tr><td>Rechnungsnummer</td><td>{inv}</td></tr>
<tr><td>Rechnungsdatum</td><td>{idate:%d.%m.%Y}</td></tr><tr><td>{svc}</td><td>{ldate:%d.%m.%Y}</td></tr>{pob}
<tr><td>Bearbeiter</td><td>{rng.choice(['Hr. Wolf','Fr. Scholz','Hr. Maier','Fr. Roth'])}</td></tr><tr><td>Seite</td><td>1 von 1</td></tr></table>
<div class="body"><h1>Rechnung</h1>
<p>{sal}<br>für die {rng.choice(['ausgeführten Arbeiten','erbrachten Leistungen'])} {rng.choice(['am Objekt ' + cust[2],'gemäß Auftrag','in Ihrem Auftrag'])} berechnen wir Ihnen wie folgt:</p>
<table class="it"><tr><th>Pos.</th><th class="r">Menge</th><th>Einheit</th><th>Bezeichnung</th><th class="r">Einzelpreis</th><th class="r">Gesamtpreis</th></tr>{rows}</table>
<table class="sum"><tr><td>Nettobetrag</td><td class="r">{m(sub)}</td></tr><tr><td>zzgl. 19 % USt.</td><td class="r">{m(tax)}</td></tr>
<tr class="g"><td>Gesamtbetrag</td><td class="r">{m(total)}</td></tr></table>
<p>Zahlbar bis {ddate:%d.%m.%Y} ohne Abzug. Bitte geben Sie bei der Zahlung die Rechnungsnummer an.</p>{lab_note}
<p>Mit freundlichen Grüßen<br>{e(v['short'])}</p></div>
<div class="foot"><div><b>{e(v['vendor'])}</b><br>{v['addr'][0]}<br>{v['addr'][1]}<br>{v['gf']}</div>
<div>{rng.choice(['Sparkasse','Volksbank','Commerzbank'])} {v['addr'][1].split(' ',1)[1].split(' ')[0]}<br>IBAN {iban}<br>BIC {rng.choice(['SOLADES1FRB','GENODES1VBK','COBADEFFXXX'])}</div>
<div>{v['court'].format(rng.randint(100,999))}<br>St.-Nr. {stnr}<br>USt-IdNr. {vtax}</div></div>
</div></body></html>"""
    t = truth(v["vendor"], vtax, inv, po, idate, ddate, "EUR", sub, tax, total,
              [(l["amount"], l["qty"] if l["unitlabel"] != "pausch." else D(1)) for l in lines], "de_handwerker",
              f"DIN 5008 letter. {svc} ({ldate.isoformat()}) is a decoy date. §35a labour-cost note is a decoy amount. "
              "St.-Nr. is also printed; vendor_tax_id is the USt-IdNr. 'pausch.' lines are printed with quantity 1.")
    return html, t, dict(must=[m(total), inv])


# =====================================================================  4 fr_facture
def s04_fr(rng, i):
    vendors = [
        ("Atelier Numérique Lumière SAS", "SAS au capital de 20 000 €", ("14 rue de la République", "69002 Lyon"), "RCS Lyon"),
        ("Cabinet Moreau Conseil SARL", "SARL au capital de 8 000 €", ("45 avenue Jean Jaurès", "31000 Toulouse"), "RCS Toulouse"),
        ("Garnier Équipements Pro SAS", "SAS au capital de 150 000 €", ("ZA des Pins, 3 allée des Artisans", "33700 Mérignac"), "RCS Bordeaux"),
        ("Imprimerie Bastide & Fils SARL", "SARL au capital de 37 500 €", ("8 boulevard de la Liberté", "13001 Marseille"), "RCS Marseille"),
    ]
    vn, capital, vaddr, rcs = vendors[i]
    siren, siret, tva = gen_fr(rng)
    tva_print = tva if i % 2 == 0 else f"FR {tva[2:4]} {siren[:3]} {siren[3:6]} {siren[6:]}"
    cust = rng.choice([("Boulangerie Martin SARL", "22 rue Nationale", "59000 Lille"),
                       ("Groupe Horizon Immobilier SAS", "Service comptabilité", "8 boulevard Haussmann", "75009 Paris"),
                       ("Clinique Vétérinaire des Tilleuls", "5 place des Tilleuls", "44000 Nantes"),
                       ("Mairie de Saint-Aubin", "Service des achats", "1 place de la Mairie", "35250 Saint-Aubin")])
    _, _, ctva = gen_fr(rng)
    catalogs = [
        [("Conception graphique — charte et logo", "forfait", 900, 2400), ("Développement site vitrine (jours)", "j", 450, 650),
         ("Hébergement annuel et maintenance", "an", 240, 600), ("Séance photo produits", "forfait", 350, 800),
         ("Rédaction de contenus (pages)", "page", 60, 120)],
        [("Mission de conseil — audit organisationnel", "j", 750, 1100), ("Atelier de restitution", "forfait", 600, 1200),
         ("Accompagnement au changement", "h", 110, 160), ("Frais de déplacement", "forfait", 80, 340)],
        [("Four mixte 10 niveaux GN 1/1", "u", 5200, 7900), ("Table inox adossée 1400 mm", "u", 390, 620),
         ("Installation et mise en service", "forfait", 250, 650), ("Contrat d'entretien annuel", "an", 300, 700),
         ("Bac gastronorme inox GN 1/1", "u", 18, 32)],
        [("Flyers A5 recto-verso 350 g", "lot de 1000", 89, 149), ("Cartes de visite 400 g pelliculées", "lot de 500", 39, 69),
         ("Affiches A2 couleur", "u", 4, 9), ("Brochure 16 pages A4", "u", 2, 5), ("Frais de livraison", "forfait", 15, 35)],
    ][i]
    items = pick_catalog(rng, catalogs, rng.randint(2, 5))
    lines = []
    for name, u, lo, hi in items:
        q = 1 if u in ("forfait", "an") else (D(rng.randint(1, 24)) / 2 if u in ("j", "h") else rng.randint(1, 40 if u in ("u", "page") else 6))
        if u == "u" and hi > 1000:
            q = rng.randint(1, 2)
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.50" if hi > 100 else "0.05"), u=u))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * D("0.20"))
    total = sub + tax
    loc = "fr" if i % 2 else "frsp"
    m = lambda x: num(x, loc) + "\u00a0€"
    idate = rand_date(rng)
    ddate = add_days(idate, rng.choice([30, 45, 30, 15]))
    inv = rng.choice([f"F{idate.year}-{rng.randint(1, 999):04d}", f"FA-{idate:%y%m}-{rng.randint(10,99)}", f"{idate.year}{rng.randint(100,999)}"])
    po = f"BC-{rng.randint(1000, 9999)}" if rng.random() < 0.6 else None
    iban = iban_for(rng, "FR")
    rows = "".join(f'<tr><td>{e(l["desc"])}</td><td class="c">{qty_str(l["qty"], "fr")}</td><td class="c">{l["u"]}</td><td class="r">{m(l["unit"])}</td><td class="c">20 %</td><td class="r">{m(l["amount"])}</td></tr>' for l in lines)
    font = ["'Liberation Sans'", "'DejaVu Serif'", "'Liberation Sans Narrow'", "'Liberation Serif'"][i]
    accent = ["#2b4c7e", "#8a1c2b", "#2f6b3a", "#444"][i]
    po_html = f"<tr><td>Votre commande :</td><td>{po}</td></tr>" if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','14mm 16mm 14mm 16mm')}
body{{font-family:{font};font-size:9.5pt;color:#222}}
.hdr{{display:flex;justify-content:space-between}}
.vn{{font-size:15pt;font-weight:bold;color:{accent}}}
.title{{font-size:24pt;letter-spacing:3px;color:{accent};text-align:right}}
.box{{border:1px solid {accent};padding:2mm 3mm;margin-top:2mm}} .box td{{padding:1px 4px}}
.client{{margin:8mm 0 0 95mm;line-height:1.4;border-left:3px solid {accent};padding-left:4mm}}
table.it{{width:100%;margin-top:9mm}} table.it th{{background:{accent};color:#fff;padding:4px;font-weight:normal;text-align:left}}
table.it td{{padding:4px;border-bottom:1px solid #ccc}}
.r{{text-align:right}} .c{{text-align:center}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:4mm;width:75mm}} table.tot td{{padding:3px 4px}} table.tot tr.t td{{background:#eee;font-weight:bold}}
.legal{{position:fixed;bottom:0;left:0;right:0;font-size:7pt;color:#555;text-align:center;border-top:1px solid #ccc;padding-top:2mm}}
.cond{{font-size:7.5pt;color:#444;margin-top:8mm}}
</style></head><body>
<div class="hdr"><div><div class="vn">{e(vn)}</div>{vaddr[0]}<br>{vaddr[1]}<br>Tél. 0{rng.randint(1,5)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}<br>contact@{vn.split()[0].lower()}.fr</div>
<div><div class="title">FACTURE</div><div class="box"><table><tr><td>Facture n° :</td><td><b>{inv}</b></td></tr><tr><td>Date d'émission :</td><td>{idate:%d/%m/%Y}</td></tr>
<tr><td>Échéance :</td><td>{ddate:%d/%m/%Y}</td></tr><tr><td>Client n° :</td><td>C{rng.randint(1000,9999)}</td></tr>{po_html}</table></div></div></div>
<div class="client"><b>Facturé à :</b><br>{'<br>'.join(cust)}<br>N° TVA : {ctva}</div>
<table class="it"><tr><th>Désignation</th><th class="c">Qté</th><th class="c">Unité</th><th class="r">P.U. HT</th><th class="c">TVA</th><th class="r">Montant HT</th></tr>{rows}</table>
<table class="tot"><tr><td>Total HT</td><td class="r">{m(sub)}</td></tr><tr><td>TVA 20 %</td><td class="r">{m(tax)}</td></tr>
<tr><td>Total TTC</td><td class="r">{m(total)}</td></tr><tr class="t"><td>Net à payer</td><td class="r">{m(total)}</td></tr></table>
<div class="cond">Conditions de paiement : virement à {(ddate-idate).days} jours, date d'échéance {ddate:%d/%m/%Y}. Pas d'escompte pour paiement anticipé.
En cas de retard de paiement, des pénalités au taux de 3 fois le taux d'intérêt légal seront appliquées, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.<br>
IBAN : {iban} — BIC : {rng.choice(['BNPAFRPPXXX','CRLYFRPPXXX','AGRIFRPP881','SOGEFRPPXXX'])}</div>
<div class="legal">{e(vn)} — {capital} — {rcs} {siren[:3]} {siren[3:6]} {siren[6:]} — SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]} — Code APE {rng.choice(['6201Z','7022Z','4669B','1812Z'])}<br>N° TVA intracommunautaire : {tva_print} — Page 1/1</div>
</body></html>"""
    t = truth(vn, tva_print, inv, po, idate, ddate, "EUR", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "fr_facture",
              "Vendor tax id = N° TVA intracommunautaire as printed (SIREN/SIRET also printed). Client's N° TVA is a decoy. '40 €' recovery indemnity is boilerplate. Amounts use (narrow) no-break space thousands separators.")
    return html, t, dict(must=[inv])


# =====================================================================  5 es_factura
def s05_es(rng, i):
    vendors = [
        ("Distribuciones Levante, S.L.", ("Calle de Colón, 48, 3º", "46004 Valencia"), "B"),
        ("Reformas Integrales Ruiz e Hijos, S.L.", ("Avenida de la Constitución, 45", "41001 Sevilla"), "B"),
        ("Consultoría Tecnológica Ibérica, S.A.", ("Paseo de la Castellana, 141, planta 8", "28046 Madrid"), "A"),
        ("Gráficas Montseny, S.L.", ("Carrer de Sants, 212", "08028 Barcelona"), "B"),
    ]
    vn, vaddr, letter = vendors[i]
    cif = gen_es_cif(rng, letter)
    cif_print = cif if i % 2 == 0 else f"{cif[0]}-{cif[1:]}"
    ccif = gen_es_cif(rng, rng.choice("AB"))
    cust = rng.choice([("Hotel Mirador del Puerto, S.L.", "Paseo Marítimo, 7", "29016 Málaga"),
                       ("Clínica Dental Sonrisa, S.L.P.", "Calle Mayor, 23, 2º B", "28013 Madrid"),
                       ("Supermercados Hermanos Gil, S.A.", "Polígono Industrial El Pla, nave 14", "46870 Ontinyent (Valencia)"),
                       ("Asesoría Fiscal Navarro, S.L.", "Calle Alfonso I, 17", "50003 Zaragoza")])
    cat = [
        [("Aceite de oliva virgen extra 5 L", 22, 38), ("Arroz bomba 1 kg (caja 10 ud.)", 24, 36), ("Conservas de atún (caja 48 ud.)", 55, 85),
         ("Vinagre de Jerez 500 ml (caja 12 ud.)", 28, 44), ("Portes", 18, 45)],
        [("Mano de obra oficial de 1ª (horas)", 24, 32), ("Alicatado baño, material incluido (m²)", 38, 55),
         ("Plato de ducha resina 80x120", 190, 320), ("Grifería termostática", 140, 260), ("Retirada de escombros", 90, 180)],
        [("Consultoría ERP — jornadas", 520, 780), ("Licencia anual módulo analítico", 1200, 3600),
         ("Formación a usuarios (horas)", 60, 95), ("Soporte técnico mensual", 300, 900)],
        [("Folletos A4 tríptico 135 g", 0.08, 0.22), ("Tarjetas de visita (caja 250)", 18, 35), ("Roll-up 85x200 cm", 65, 110),
         ("Diseño y maquetación", 120, 450), ("Vinilo de corte (m²)", 22, 40)],
    ][i]
    items = pick_catalog(rng, cat, rng.randint(2, 5))
    lines = []
    for name, lo, hi in items:
        if "Portes" in name or "Retirada" in name or "mensual" in name or "Diseño" in name or "Licencia" in name:
            q = 1
        elif lo < 1:
            q = rng.choice([500, 1000, 2500, 5000])
        elif "(horas)" in name or "jornadas" in name or "m²" in name:
            q = D(rng.randint(2, 60)) / 2 if "m²" not in name else D(rng.randint(40, 300)) / 10
        else:
            q = rng.randint(1, 30)
        dto = rng.choice([0, 0, 0, 5, 10]) if i in (0, 3) else 0
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.001" if lo < 1 else "0.05"), disc=dto))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * D("0.21"))
    total = sub + tax
    m = lambda x: num(x, "de") + " €"
    idate = rand_date(rng)
    ddate = add_days(idate, rng.choice([30, 60, 30])) if rng.random() < 0.75 else None
    inv = rng.choice([f"{idate.year}/{rng.randint(1, 999):04d}", f"A-{idate.year}-{rng.randint(1,999)}", f"FV{idate:%y}{rng.randint(1000,9999)}"])
    po = f"{rng.randint(4500000, 4599999)}" if rng.random() < 0.5 else None
    iban = iban_for(rng, "ES")
    has_dto = any(l["disc"] for l in lines) or i in (0, 3)
    up_fmt = lambda x: num(x, "de", 3 if x < 1 else 2) + " €"
    rows = ""
    for l in lines:
        rows += (f'<tr><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"], "nosep_comma")}</td><td class="r">{up_fmt(l["unit"])}</td>'
                 + (f'<td class="r">{num(l["disc"], "de", 0) if l["disc"] else ""}</td>' if has_dto else "")
                 + f'<td class="r">{m(l["amount"])}</td></tr>')
    font = ["'DejaVu Sans'", "'Liberation Serif'", "'Liberation Sans'", "'DejaVu Sans Condensed'"][i]
    accent = ["#c0392b", "#34495e", "#16a085", "#8e44ad"][i]
    ven = f"<tr><td>Fecha de vencimiento:</td><td>{ddate:%d/%m/%Y}</td></tr>" if ddate else ""
    poh = f"<tr><td>Su pedido:</td><td>{po}</td></tr>" if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:9.5pt;color:#222}}
.band{{background:{accent};color:#fff;padding:8mm 15mm;display:flex;justify-content:space-between;align-items:center}}
.band .n{{font-size:15pt;font-weight:bold}} .band .t{{font-size:26pt;letter-spacing:2px}}
.wrap{{padding:6mm 15mm}}
.two{{display:flex;gap:10mm}} .two>div{{flex:1}} .lbl{{font-size:8pt;text-transform:uppercase;color:{accent};font-weight:bold;margin-bottom:1mm}}
.meta td{{padding:1px 6px 1px 0}}
table.it{{width:100%;margin-top:8mm}} table.it th{{border-top:2px solid {accent};border-bottom:1px solid {accent};padding:4px;text-align:left}}
table.it td{{padding:4px;border-bottom:1px dotted #aaa}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;margin-top:5mm;width:80mm;border:1px solid {accent}}} table.tot td{{padding:3px 6px}}
table.tot tr.t td{{background:{accent};color:#fff;font-weight:bold;font-size:11pt}}
.pie{{position:fixed;bottom:8mm;left:15mm;right:15mm;font-size:7pt;color:#666;text-align:center}}
</style></head><body>
<div class="band"><div><div class="n">{e(vn)}</div><div>{vaddr[0]} · {vaddr[1]}<br>CIF: {cif_print}</div></div><div class="t">FACTURA</div></div>
<div class="wrap"><div class="two"><div><div class="lbl">Datos de la factura</div><table class="meta"><tr><td>Factura nº:</td><td><b>{inv}</b></td></tr>
<tr><td>Fecha de emisión:</td><td>{idate:%d/%m/%Y}</td></tr>{ven}{poh}<tr><td>Cód. cliente:</td><td>{rng.randint(400,4999)}</td></tr></table></div>
<div><div class="lbl">Cliente</div>{e(cust[0])}<br>{cust[1]}<br>{cust[2]}<br>NIF: {ccif}</div></div>
<table class="it"><tr><th>Concepto</th><th class="r">Cantidad</th><th class="r">Precio</th>{'<th class="r">Dto. %</th>' if has_dto else ''}<th class="r">Importe</th></tr>{rows}</table>
<table class="tot"><tr><td>Base imponible</td><td class="r">{m(sub)}</td></tr><tr><td>IVA 21%</td><td class="r">{m(tax)}</td></tr>
<tr class="t"><td>Total factura</td><td class="r">{m(total)}</td></tr></table>
<p style="margin-top:8mm">Forma de pago: transferencia bancaria{(' antes del ' + f'{ddate:%d/%m/%Y}') if ddate else ' a 30 días fecha factura'}.<br>IBAN: {iban}</p>
</div><div class="pie">{e(vn)} · Inscrita en el Registro Mercantil de {vaddr[1].split(' ',1)[1]}, Tomo {rng.randint(1000,40000)}, Folio {rng.randint(1,220)}, Hoja {rng.choice('MVBS')}-{rng.randint(10000,99999)} · CIF {cif_print}<br>
En cumplimiento del RGPD, le informamos que sus datos se tratan con la finalidad de gestionar la relación comercial.</div>
</body></html>"""
    t = truth(vn, cif_print, inv, po, idate, ddate, "EUR", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "es_factura",
              ("Some lines carry a per-line discount (Dto. %); amount = qty x price x (1-dto). " if has_dto else "") +
              "Customer NIF is a decoy." + ("" if ddate else " Due date not printed as a date ('a 30 días').") +
              (" Unit prices of sub-euro items printed with 3 decimals." if any(l["unit"] < 1 for l in lines) else ""))
    return html, t, dict(must=[m(total), inv])


# =====================================================================  6 nl_factuur
def s06_nl(rng, i):
    vendors = [
        ("Groenwerk Hoveniers B.V.", ("Zonnebloemweg 14", "3721 GM Bilthoven")),
        ("Pixelpunt Webdesign", ("Oudegracht 117", "3511 AM Utrecht")),
        ("Boekhandel & Kantoorartikelen De Kade B.V.", ("Kade 33", "4703 GA Roosendaal")),
        ("Van den Berg Installatietechniek B.V.", ("Industrieweg 8", "5683 CE Best")),
    ]
    vn, vaddr = vendors[i]
    btw = gen_nl_btw(rng)
    kvk = f"{rng.randint(10**7, 10**8 - 1)}"
    iban = iban_for(rng, "NL")
    cust = rng.choice([("Bakkerij Van Dijk B.V.", "t.a.v. de administratie", "Stationsplein 8", "2011 LR Haarlem"),
                       ("Stichting Buurtwerk Oost", None, "Linnaeusstraat 89", "1093 EK Amsterdam"),
                       ("De Vries Tandartsen", "t.a.v. mw. S. de Vries", "Markt 12", "5211 JV 's-Hertogenbosch"),
                       ("Jansen Logistiek B.V.", None, "Transportweg 40", "3045 NB Rotterdam")])
    cat = [
        [("Onderhoud tuin (uren)", 45, 58, "21"), ("Snoeiwerk hagen", 120, 380, "21"), ("Tuinaarde 40 L", 3, 6, "9"),
         ("Vaste planten", 4, 9, "9"), ("Afvoer groenafval", 45, 90, "21")],
        [("Ontwerp homepage", 450, 1200, "21"), ("Ontwikkeling WordPress thema (uren)", 65, 95, "21"),
         ("Hosting pakket Pro (12 maanden)", 120, 240, "21"), ("SEO-optimalisatie", 250, 600, "21")],
        [("Literatuur: studieboeken", 25, 70, "9"), ("Printpapier A4 80 g (doos 5 pakken)", 19, 32, "21"),
         ("Ordners 80 mm", 2, 5, "21"), ("Agenda's 2027", 8, 20, "21"), ("Tijdschriftabonnement", 40, 120, "9")],
        [("Montage warmtepomp, arbeid (uren)", 62, 78, "21"), ("Lucht-water warmtepomp 7 kW", 4200, 6900, "21"),
         ("Buffervat 100 L", 380, 560, "21"), ("Klein materiaal", 40, 120, "21"), ("Voorrijkosten", 35, 55, "21")],
    ][i]
    items = pick_catalog(rng, cat, rng.randint(2, 5))
    lines = []
    for name, lo, hi, r in items:
        if "uren" in name:
            q = D(rng.randint(4, 60)) / 2
        elif hi > 300 or "Afvoer" in name or "Voorrij" in name or "Klein" in name or "Hosting" in name or "SEO" in name or "Ontwerp" in name or "abonnement" in name:
            q = 1
        else:
            q = rng.randint(2, 40)
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.05"), rate=D(r)))
    sub = sum(l["amount"] for l in lines)
    rates = sorted({l["rate"] for l in lines})
    parts = []
    for r in rates:
        base = sum(l["amount"] for l in lines if l["rate"] == r)
        parts.append((r, base, q2(base * r / 100)))
    tax = sum(p[2] for p in parts)
    total = sub + tax
    m = lambda x: "€ " + num(x, "de")
    idate = rand_date(rng)
    ddate = add_days(idate, rng.choice([14, 30, 30]))
    inv = rng.choice([f"{idate.year}-{rng.randint(1, 999):03d}", f"F{idate.year}{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}"])
    po = rng.choice([None, f"PO-{rng.randint(1000, 9999)}", f"Inkooporder {rng.randint(100000, 999999)}"])
    if po and po.startswith("Inkoop"):
        po = po.split()[1]
    longd = i % 2 == 1
    fd = (lambda d: long_date(d, "nl")) if longd else (lambda d: f"{d:%d-%m-%Y}")
    rows = "".join(f'<tr><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"], "de")}</td><td class="r">{m(l["unit"])}</td><td class="r">{l["rate"]}%</td><td class="r">{m(l["amount"])}</td></tr>' for l in lines)
    btwrows = "".join(f'<tr><td>btw {r}% over {m(b)}</td><td class="r">{m(v)}</td></tr>' for r, b, v in parts)
    font = ["'DejaVu Sans'", "'Liberation Sans'", "'DejaVu Serif'", "'Liberation Sans'"][i]
    accent = ["#2e7d32", "#ff5a5f", "#1f3a5f", "#f39c12"][i]
    poh = f"<tr><td>Uw referentie</td><td>{po}</td></tr>" if po else ""
    addr = "<br>".join(x for x in cust if x)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','0')}
body{{font-family:{font};font-size:9.5pt;color:#333;padding:16mm 18mm}}
.top{{display:flex;justify-content:space-between}} .brand{{font-size:18pt;font-weight:bold;color:{accent}}}
.from{{text-align:right;font-size:8.5pt;line-height:1.45;color:#555}}
h1{{font-size:26pt;font-weight:300;margin:14mm 0 6mm 0;color:{accent}}}
.two{{display:flex;justify-content:space-between}} .meta td{{padding:1.5px 0 1.5px 10mm}} .meta td:first-child{{color:#777;padding-left:0}}
table.it{{width:100%;margin-top:10mm}} table.it th{{text-align:left;color:#777;font-weight:normal;border-bottom:2px solid {accent};padding:4px 2px}}
table.it td{{padding:6px 2px}}
.r{{text-align:right}} th.r{{text-align:right!important}}
table.tot{{margin-left:auto;width:80mm;margin-top:6mm}} table.tot td{{padding:3px 2px}} table.tot tr.t td{{font-weight:bold;font-size:11pt;border-top:2px solid {accent};padding-top:5px}}
.note{{margin-top:12mm;font-size:9pt}}
.foot{{position:fixed;bottom:10mm;left:18mm;right:18mm;font-size:7.5pt;color:#777;text-align:center;border-top:1px solid #ddd;padding-top:2mm}}
</style></head><body>
<div class="top"><div class="brand">{e(vn)}</div><div class="from">{vaddr[0]}<br>{vaddr[1]}<br>info@{vn.split()[0].lower()}.nl<br>0{rng.randint(10,99)}-{rng.randint(1000000,9999999)}</div></div>
<h1>Factuur</h1>
<div class="two"><div>{addr}</div><table class="meta"><tr><td>Factuurnummer</td><td>{inv}</td></tr><tr><td>Factuurdatum</td><td>{fd(idate)}</td></tr>
<tr><td>Vervaldatum</td><td>{fd(ddate)}</td></tr><tr><td>Klantnummer</td><td>{rng.randint(1000,9999)}</td></tr>{poh}</table></div>
<table class="it"><tr><th>Omschrijving</th><th class="r">Aantal</th><th class="r">Prijs</th><th class="r">btw</th><th class="r">Bedrag</th></tr>{rows}</table>
<table class="tot"><tr><td>Totaal excl. btw</td><td class="r">{m(sub)}</td></tr>{btwrows}<tr class="t"><td>Totaal incl. btw</td><td class="r">{m(total)}</td></tr></table>
<div class="note">We verzoeken u vriendelijk het totaalbedrag van {m(total)} vóór {fd(ddate)} over te maken op rekeningnummer {iban} t.n.v. {e(vn)}, onder vermelding van factuurnummer {inv}.</div>
<div class="foot">{e(vn)} · KvK {kvk} · BTW-nummer {btw} · IBAN {iban} · Pagina 1 van 1</div>
</body></html>"""
    t = truth(vn, btw, inv, po, idate, ddate, "EUR", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "nl_factuur",
              ("Mixed btw rates (9% and 21%); tax is the sum of both btw lines (no single total-btw figure printed). " if len(parts) > 1 else "") +
              "KvK number is a decoy (vendor_tax_id is the BTW-nummer)." + (" Dates printed as Dutch long dates." if longd else ""))
    return html, t, dict(must=[m(total), inv])
