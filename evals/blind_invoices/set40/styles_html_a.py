"""Chromium (HTML) styles for set 40, first part (01 Alexandria marine supplier's فاتورة ضريبية in Arabic RIGHT TO LEFT
with VAT 14 %, a discount on the rows' sum, the ETA block and a US-dollar counter-value, 02 Grenoble renovation
contractor's facture in French with TVA 10 % on works in a dwelling and 20 % on the rest and an ACOMPTE deducted below
the total, 03 Alicante turrón maker's factura in Valencian with a coloured sidebar holding the amount due at the top,
IVA 10 % and 21 % and a commercial discount on the rows' sum)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, ca_date
from invoice_kit import css, de, digits, en, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, fr_date, lines, po_note, truth, valid_id
from stdnum.eg import tn as eg_tn
from stdnum.es import cif
from stdnum.fr import siren, siret

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Alexandria (VAT 14 %, EGP), RTL, discount on the rows' sum, ETA block, USD counter-value
AX_V = [
    ("Alexandria Marine Supplies Co.", "الإسكندرية لتوريدات السفن", "٢٥ شارع النصر، المنشية، الإسكندرية", "#0e7490"),
    ("Pharos Ship Chandlers S.A.E.", "فاروس لتموين السفن ش.م.م", "ميناء الإسكندرية، بوابة ١٠، الجمرك", "#1e3a8a"),
    ("El Dekheila Technical Trading", "الدخيلة للتجارة الفنية", "طريق الإسكندرية مطروح، الدخيلة", "#9a3412"),
    ("Abu Qir Industrial Stores", "مخازن أبو قير الصناعية", "شارع جمال عبد الناصر، المعمورة، الإسكندرية", "#166534"),
]
AX_B = [
    ("Mediterranean Line Agency", "شارع فؤاد، الإسكندرية"),
    ("Alexandria Container Terminal", "الميناء الغربي، الإسكندرية"),
    ("Borg El Arab Plastics Co.", "المنطقة الصناعية الثالثة، برج العرب"),
    ("Nile Delta Fisheries", "رشيد، البحيرة"),
]
AX_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi) in EGP
    ("حبل مجدول بولي بروبلين ٢٤ مم", "لفة", 1, 10, 2800, 6500),
    ("طلاء بحري مضاد للحشف ٢٠ لتر", "جالون", 2, 20, 3900, 8800),
    ("قفازات عمل جلد", "زوج", 20, 200, 45, 120),
    ("سترة نجاة معتمدة SOLAS", "قطعة", 2, 30, 1400, 3200),
    ("فلتر زيت محرك", "قطعة", 2, 24, 380, 1900),
    ("شحم بحري ١٨ كجم", "جردل", 1, 8, 2100, 4800),
    ("مصباح LED مقاوم للماء", "قطعة", 4, 40, 260, 950),
    ("شاكل جلفنة ١٦ مم", "قطعة", 10, 80, 85, 240),
    ("أسلاك لحام ٣٫٢ مم", "كرتونة", 1, 12, 650, 1500),
    ("خرطوم حريق ٢ بوصة ٢٠ م", "قطعة", 1, 10, 1800, 4200),
]
AX_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:{{ color }};color:#fff;font-size:8pt;padding:4px} table.it td{border-bottom:1px solid #ccc;padding:3px 4px;font-size:8.4pt} td.n{text-align:left;white-space:nowrap}
table.kv td{padding:1px 6px;font-size:8.6pt} .l{direction:ltr;unicode-bidi:embed}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname_ar }}</div><div style="font-size:11pt;font-weight:bold"><span class="l">{{ vname }}</span></div><div class="small">{{ vaddr }}</div>
<div class="small">رقم التسجيل الضريبي: <span class="l">{{ vid }}</span> · سجل تجاري: <span class="l">{{ cr }}</span> · البطاقة الضريبية</div></td>
<td style="text-align:left"><div style="font-size:17pt;font-weight:bold">فاتورة ضريبية</div><div class="small"><span class="l">TAX INVOICE</span></div></td></tr></table>
<table style="width:100%;margin-top:10px;border-top:2px solid {{ color }};border-bottom:1px solid #999"><tr><td style="width:50%"><table class="kv">
{% for k, v in head %}<tr><td>{{ k }}</td><td><b><span class="l">{{ v }}</span></b></td></tr>{% endfor %}</table></td>
<td><div class="small">العميل</div><b><span class="l">{{ bname }}</span></b><br>{{ baddr }}<br><span class="small">رقم التسجيل الضريبي للعميل: <span class="l">{{ bid }}</span></span>{% if ship %}<br><span class="small">اسم السفينة: <span class="l">{{ ship }}</span></span>{% endif %}</td></tr></table>
<table class="it"><tr><th>م</th><th>الصنف</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>الإجمالي (ج.م)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:55%;margin-top:8px;margin-right:auto" class="kv">
<tr><td>إجمالي الأصناف</td><td class="n">{{ gross }}</td></tr>
<tr><td>خصم تجاري {{ pct }}%</td><td class="n">-{{ disc }}</td></tr>
<tr><td>الإجمالي بعد الخصم</td><td class="n">{{ net }}</td></tr>
<tr><td>ضريبة القيمة المضافة 14%</td><td class="n">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:2px solid {{ color }}">الإجمالي المستحق (ج.م)</td><td class="n" style="border-top:2px solid {{ color }}">{{ total }}</td></tr>
{% if usd %}<tr><td class="small">ما يعادل بالدولار الأمريكي (سعر {{ fx }})</td><td class="n small">USD {{ usd }}</td></tr>{% endif %}</table>
<div style="margin-top:10px;font-size:8.2pt">{{ payline }}</div>
<div style="margin-top:6px;font-size:8pt">البنك: {{ bank }} · رقم الحساب <span class="l">{{ acct }}</span></div>
<div style="margin-top:12px;border:1px dashed #888;padding:5px;font-size:7.2pt">منظومة الفاتورة الإلكترونية – الرقم الموحد للفاتورة (UUID): <span class="l">{{ uuid }}</span> · تاريخ الإرسال: <span class="l">{{ sent }}</span></div>
</body></html>"""


@style("01", "eg_alx_alexandria_fatura_dariba_14_khasm_usd")
def s01(rng, i):
    vname, vname_ar, vaddr, color = AX_V[i]
    bname, baddr = AX_B[i]
    d = rand_date(rng)
    items = lines(rng, AX_ROWS, rng.randint(2, 9), D("0.5"))
    gross = sum(x["amount"] for x in items)
    pct = D(rng.choice([2, 3, 5, 7, 10]))
    disc = q2(gross * pct / 100)
    net = gross - disc
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 9, True), eg_tn.is_valid)
    vidp = f"{vid[:3]}-{vid[3:6]}-{vid[6:]}"
    no = [f"INV-{d.year}-{rng.randint(100, 9999):05d}", f"PSC/{rng.randint(100, 999)}/{d.year}", f"{rng.randint(10000, 99999)}", f"AQ-{d.strftime('%y%m')}-{rng.randint(10, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 1, 3) else None
    term = None if due else "الدفع نقداً عند الاستلام"
    po = [f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500, 4999)}{digits(rng, 4)}", None][i]
    dn = f"DN-{rng.randint(10000, 99999)}"
    head = [("رقم الفاتورة", no), ("تاريخ الإصدار", fd(d))]
    if due:
        head.append(("تاريخ الاستحقاق", fd(due)))
    if po:
        head.append(("أمر الشراء رقم", po))
    head += [("إذن التسليم", dn), ("كود العميل", f"C-{rng.randint(100, 999)}")]
    fx = D(rng.randint(4780, 5120)) / 100
    usd = q2(total / fx) if i in (1, 2) else None
    ship = rng.choice(["MV NORDIC STAR (IMO 9412345)", "MSC ALEXANDRA", "MV CAPE DAMIETTA", None]) if i in (0, 1) else None
    payline = f"شروط الدفع: خلال {(due - d).days} يوماً من تاريخ الفاتورة" if due else term
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, vid=vidp, cr=f"{rng.randint(10000, 199999)}", head=head, bname=bname, baddr=baddr,
        bid=f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}", ship=ship,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        gross=en(gross), pct=pct, disc=en(disc), net=en(net), tax=en(tax), total=en(total), usd=en(usd) if usd else None, fx=en(fx), payline=payline,
        bank=rng.choice(["البنك الأهلي المصري", "بنك مصر", "البنك التجاري الدولي"]), acct=digits(rng, 16), uuid="".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(26)), sent=fd(d) + " " + f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
    )
    notes = (
        "Alexandria (Egypt) marine and industrial supplier's فاتورة ضريبية in Arabic RIGHT TO LEFT with the vendor's Latin name under its Arabic one, in Egyptian pounds with commas ('1,234.50'), VAT 14 %, a commercial DISCOUNT (خصم تجاري) on the rows' sum before the VAT, an e-invoice (ETA) block with the UUID"
        + (" and a US-dollar counter-value under the total" if usd else "") + ": "
        "vendor = the Latin name at the top (its Arabic name above it); vendor_tax_id = its 'رقم التسجيل الضريبي' (9 digits printed 3-3-3; the commercial register, the customer's registration number, the UUID and the account are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الإصدار' (" + ["dd/mm/yyyy", "yyyy-mm-dd", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the delivery note (إذن التسليم), the customer code, the ship's name and the ETA sending date are decoys. "
        + due_note(due, term, "تاريخ الاستحقاق")
        + po_note(po, "أمر الشراء رقم")
        + "subtotal = 'الإجمالي بعد الخصم' (after the discount); tax = 'ضريبة القيمة المضافة 14%'; total = 'الإجمالي المستحق'"
        + ("; the USD amount is a counter-value, NOT the total" if usd else "")
        + ". Currency EGP. Line items: every row before the discount (the check file's line_adjustment is the negative discount)."
    )
    t = truth(vname, vidp, no, po, d, due, "EGP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vidp, fd(due) if due else None, dn, en(disc), ctx["uuid"]], "line_adjustment": str(-disc)}
    return t, chk, (AX_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="9pt")), ctx)


# =========================================================================== 02 Grenoble renovation contractor (TVA 10 % / 20 %, EUR), acompte deducted
GR_V = [
    ("SARL Chartreuse Rénovation", "14 rue Général Mangin, 38100 Grenoble", "#b45309"),
    ("Belledonne Bâtiment SAS", "7 avenue Jean Perrot, 38100 Grenoble", "#1d4ed8"),
    ("Vercors Habitat & Isolation", "22 cours Berriat, 38000 Grenoble", "#047857"),
    ("Isère Plomberie Chauffage SARL", "3 rue Ampère, 38000 Grenoble", "#7c3aed"),
]
GR_B = [
    ("M. et Mme Perret", "9 chemin des Alpins, 38240 Meylan"),
    ("Mme Sophie Garnier", "41 rue Thiers, 38000 Grenoble"),
    ("SCI Les Érables", "2 place Grenette, 38000 Grenoble"),
    ("M. Julien Faure", "16 avenue de l'Europe, 38400 Saint-Martin-d'Hères"),
]
GR_10 = [
    ("Dépose et évacuation ancienne cuisine", "forfait", 1, 1, 380, 950),
    ("Carrelage sol grès cérame, fourniture et pose", "m²", 8, 45, 62, 118),
    ("Peinture murs et plafonds, deux couches", "m²", 20, 140, 18, 34),
    ("Isolation combles perdus, laine soufflée", "m²", 30, 90, 22, 38),
    ("Remplacement chauffe-eau 200 l, pose comprise", "u", 1, 1, 1150, 1900),
    ("Main-d'œuvre plomberie", "h", 4, 30, 48, 65),
    ("Plaques de plâtre BA13 sur ossature", "m²", 10, 60, 38, 62),
]
GR_20 = [
    ("Fourniture électroménager (four encastrable)", "u", 1, 1, 420, 890),
    ("Location benne 8 m³", "jour", 1, 5, 95, 160),
    ("Déplacement hors agglomération", "forfait", 1, 1, 35, 60),
]
GR_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-bottom:2px solid {{ color }};font-size:7.8pt;text-align:left;padding:3px} table.it td{padding:3px;border-bottom:1px solid #e5e5e5;font-size:8.3pt} .r{text-align:right;white-space:nowrap}
table.tot td{padding:2px 6px;font-size:8.8pt}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Tél. 04 76 {{ tel }}<br>SIRET {{ siret }} · RCS Grenoble {{ rcs }} · N° TVA intracommunautaire : {{ vid }}<br>Assurance décennale : {{ ins }}, contrat n° {{ pol }}</div></td>
<td style="text-align:right"><div style="font-size:18pt;font-weight:bold">FACTURE</div><div>N° <b>{{ no }}</b></div><div>{{ dline }}</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;font-size:8.4pt">Chantier : {{ site }}<br>Devis n° {{ quote }} du {{ qdate }}{% if po %}<br>Bon de commande : <b>{{ po }}</b>{% endif %}<br>Client n° {{ cno }}</td>
<td style="border:1px solid #999;padding:6px"><b>{{ bname }}</b><br>{{ baddr }}</td></tr></table>
<table class="it"><tr><th>Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rt }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;font-size:7.6pt;color:#444">{% for r, b, v in summary %}TVA {{ r }} % sur {{ b }} € : {{ v }} €<br>{% endfor %}{% if reduced %}Taux réduit de 10 % appliqué aux travaux d'amélioration d'un logement achevé depuis plus de deux ans (attestation simplifiée remise par le client).{% endif %}</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Total HT</td><td class="r">{{ net }} €</td></tr><tr><td>Total TVA</td><td class="r">{{ tax }} €</td></tr>
<tr style="font-weight:bold"><td style="border-top:1px solid #333">Total TTC</td><td class="r" style="border-top:1px solid #333">{{ total }} €</td></tr>
{% if adv %}<tr><td>Acompte versé le {{ adate }} (facture d'acompte {{ ano }})</td><td class="r">-{{ adv }} €</td></tr>
<tr style="font-weight:bold;color:{{ color }}"><td>Net à payer</td><td class="r">{{ bal }} €</td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:12px;font-size:8pt">{{ payline }}</div>
<div style="margin-top:4px;font-size:8pt">Règlement par virement : IBAN {{ iban }} · BIC {{ bic }}</div>
<div class="small" style="margin-top:14px">En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement (clients professionnels). Pas d'escompte pour paiement anticipé.</div>
</body></html>"""


@style("02", "fr_gnb_grenoble_facture_tva_10_20_acompte")
def s02(rng, i):
    vname, vaddr, color = GR_V[i]
    bname, baddr = GR_B[i]
    d = rand_date(rng)
    items = lines(rng, GR_10, rng.randint(2, 6), D("0.01"))
    for x in items:
        x["rate"] = D(10) if i != 2 else D(20)
    more = lines(rng, GR_20, rng.randint(0 if i == 3 else 1, 2), D("0.01"))
    for x in more:
        x["rate"] = D(20)
    items += more
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    sn = valid_id(rng, 9, siren.is_valid)
    st = valid(rng, lambda: sn + digits(rng, 5), siret.is_valid)
    vid = f"FR{(12 + 3 * (int(sn) % 97)) % 97:02d}{sn}"
    no = [f"F{d.year}-{rng.randint(100, 999)}", f"FA{d.strftime('%y%m')}{rng.randint(10, 99)}", f"{d.year}/{rng.randint(1000, 9999)}", f"FAC-{rng.randint(10000, 99999)}"][i]
    long = i in (0, 2)
    fd = fr_date if long else (lambda x: x.strftime("%d/%m/%Y"))
    dline = f"Grenoble, le {fr_date(d)}" if long else f"Date : {d.strftime('%d/%m/%Y')}"
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 3 else None
    term = None if due else "Payable à réception de facture"
    po = [None, f"BC-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", None][i]
    adv = q2(total * D(rng.choice([20, 30, 40])) / 100) if i in (0, 1, 3) else None
    qd = d - dt.timedelta(days=rng.randint(30, 120))
    payline = (f"Date d'échéance : {fd(due)} (paiement à {(due - d).days} jours)." if due else term + ".")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", siret=f"{st[:3]} {st[3:6]} {st[6:9]} {st[9:]}", rcs=f"{sn[:3]} {sn[3:6]} {sn[6:]}", vid=vid,
        ins=rng.choice(["SMABTP", "MAAF Pro", "AXA France IARD"]), pol=digits(rng, 8), no=no, dline=dline, site=baddr if i != 2 else "12 rue Lesdiguières, 38000 Grenoble (local commercial)",
        quote=f"D{qd.strftime('%y')}-{rng.randint(100, 999)}", qdate=qd.strftime("%d/%m/%Y"), po=po, cno=f"CL{rng.randint(1000, 9999)}", bname=bname, baddr=baddr,
        items=[{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": sp(x["price"]), "rt": x["rate"], "a": sp(x["amount"])} for x in items],
        summary=[(r, sp(b), sp(v)) for r, b, v in summary], reduced=i != 2, net=sp(net), tax=sp(tax), total=sp(total),
        adv=sp(adv) if adv else None, bal=sp(total - adv) if adv else None, adate=(qd + dt.timedelta(days=rng.randint(3, 15))).strftime("%d/%m/%Y"), ano=f"A{rng.randint(100, 999)}",
        payline=payline, iban=iban_fmt(iban("FR", digits(rng, 23))), bic=rng.choice(["CCBPFRPPGRE", "AGRIFRPP881", "CEPAFRPP382"]),
    )
    notes = (
        "Grenoble (Isère) renovation contractor's FACTURE in French, amounts with spaces and a decimal comma ('1 234,56 €'), TVA 10 % on improvement works in a dwelling more than two years old and 20 % on supplies, skip hire and travel (all 20 % for the commercial premises), a TVA breakdown per rate, "
        + ("and an ACOMPTE deducted below the 'Total TTC' leaving the 'Net à payer'" if adv else "no deposit") + ": "
        "vendor = the name at the top; vendor_tax_id = its 'N° TVA intracommunautaire' (FR + key + SIREN; the SIRET, RCS, insurance policy and IBAN are decoys). "
        "invoice_number = 'FACTURE N°'; invoice_date = " + ("the place-and-date line ('Grenoble, le 12 mars 2026')" if long else "'Date' (dd/mm/yyyy)") + "; the quote (devis) and its date, the client number, the acompte's date are decoys. "
        + due_note(due, term, "Date d'échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total HT'; tax = 'Total TVA'; total = 'Total TTC' (BEFORE the acompte; 'Net à payer' is not the total). Currency EUR. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total TTC", fd(due) if due else None, ctx["quote"], ctx["siret"], ctx["bal"]]}
    return t, chk, (GR_HTML.replace("@@BASE@@", css(margin="14mm 14mm", fs="9pt")), ctx)


# =========================================================================== 03 Alicante turrón maker (IVA 10 % / 21 %, EUR), Valencian, sidebar with the amount due, discount on the rows' sum
AL_V = [
    ("Torrons Artesans de Xixona, S.L.", "Avinguda de la Constitució 31, 03100 Xixona (Alacant)", "#7f1d1d"),
    ("Dolços de l'Alacantí, S.L.", "Carrer de Sant Vicent 58, 03004 Alacant", "#1e3a8a"),
    ("Obrador La Costera Alacant, S.L.", "Partida de la Condomina 12, 03016 Alacant", "#065f46"),
    ("Neules i Torrons Santa Faç, S.A.", "Camí de la Santa Faç 4, 03559 Alacant", "#92400e"),
]
AL_B = [
    ("Supermercats Benidorm Centre, S.L.", "Av. del Mediterrani 102, 03503 Benidorm", "B"),
    ("Hotel Explanada Alacant, S.A.", "Passeig de l'Esplanada 9, 03002 Alacant", "A"),
    ("Delicatessen El Mercat d'Elx, S.L.", "Plaça de Baix 3, 03202 Elx", "B"),
    ("Cooperativa de Consum Marina Alta", "Carrer Major 8, 03700 Dénia", "F"),
]
AL_10 = [
    ("Torró dur d'Alacant IGP, 200 g", "u.", 12, 240, D("3.90"), D("7.80")),
    ("Torró tou de Xixona IGP, 300 g", "u.", 12, 240, D("4.60"), D("9.40")),
    ("Torró de xocolate amb ametla, 250 g", "u.", 12, 120, D("3.20"), D("6.10")),
    ("Neules artesanes, capsa 150 g", "u.", 12, 96, D("2.10"), D("4.20")),
    ("Massapà de Nadal, 200 g", "u.", 12, 96, D("2.80"), D("5.40")),
    ("Ametla marcona torrada, 1 kg", "kg", 5, 40, D("14.00"), D("22.00")),
    ("Torró de iema cremada, 300 g", "u.", 12, 120, D("4.10"), D("8.20")),
]
AL_21 = [
    ("Cistella regal decorada (buida)", "u.", 5, 40, D("6.50"), D("14.00")),
    ("Expositor de cartó per a taulell", "u.", 1, 10, D("9.00"), D("22.00")),
    ("Ports i lliurament refrigerat", "servei", 1, 1, D("25.00"), D("85.00")),
]
AL_HTML = """<html lang="ca"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#666} .side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 6mm;box-sizing:border-box;font-size:8pt;line-height:1.4}
.main{margin-left:64mm;padding-top:10mm;padding-right:10mm} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{text-align:left;font-size:7.6pt;color:#555;border-bottom:1px solid #999;padding:3px} table.it td{font-size:8.2pt;padding:3px} .r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:13pt;font-weight:bold">{{ vname }}</div><div style="margin-top:4px">{{ vaddr }}</div><div style="margin-top:4px">NIF: {{ vid }}</div><div>Reg. Mercantil d'Alacant, tom {{ tom }}, full A-{{ folio }}</div>
<div style="margin-top:14mm;border:1px solid #fff;padding:4mm 3mm"><div style="font-size:7.4pt">IMPORT A PAGAR</div><div style="font-size:15pt;font-weight:bold">{{ total }} €</div>{% if due %}<div style="font-size:7.4pt;margin-top:2mm">Venciment: {{ due }}</div>{% endif %}</div>
<div style="margin-top:8mm;font-size:7.4pt">Transferència bancària<br>IBAN {{ iban }}<br>{{ bank }}</div><div style="margin-top:8mm;font-size:7pt">Registre sanitari RGSEAA {{ rgs }}</div></div>
<div class="main"><div style="font-size:18pt;font-weight:bold;color:{{ color }}">FACTURA</div>
<table style="width:100%;font-size:8.4pt;margin-top:6px"><tr><td>Número: <b>{{ no }}</b><br>Data: <b>{{ dtext }}</b>{% if po %}<br>Comanda del client: <b>{{ po }}</b>{% endif %}<br>Albarà: {{ alb }} del {{ albd }}</td>
<td><span class="small">Client</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>NIF: {{ bid }}<br>Codi client: {{ cno }}</td></tr></table>
<table class="it"><tr><th>Descripció</th><th class="r">Quantitat</th><th class="r">Preu</th><th class="r">IVA</th><th class="r">Import</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rt }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px;font-size:8.6pt"><tr><td>Suma</td><td class="r">{{ gross }}</td></tr><tr><td>Descompte comercial {{ pct }} %</td><td class="r">-{{ disc }}</td></tr>
{% for r, b, v in summary %}<tr><td>Base imposable {{ r }} %</td><td class="r">{{ b }}</td></tr><tr><td>IVA {{ r }} %</td><td class="r">{{ v }}</td></tr>{% endfor %}
<tr><td>Total base imposable</td><td class="r">{{ net }}</td></tr><tr><td>Total IVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:2px solid {{ color }}">TOTAL FACTURA</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }} €</td></tr></table>
<div style="margin-top:10px;font-size:8pt">{{ payline }}</div>
<div class="small" style="margin-top:10mm">D'acord amb el RGPD, les seues dades es tracten per a la gestió comercial. Gràcies per confiar en els nostres torrons!</div></div>
</body></html>"""


@style("03", "es_ali_alicante_factura_iva_10_21_descompte_sidebar")
def s03(rng, i):
    vname, vaddr, color = AL_V[i]
    bname, baddr, bl = AL_B[i]
    d = rand_date(rng)
    items = lines(rng, AL_10, rng.randint(2, 7), D("0.01"))
    for x in items:
        x["rate"] = D(10)
    more = lines(rng, AL_21, rng.randint(0, 2), D("0.01"))
    for x in more:
        x["rate"] = D(21)
    items += more
    gross = sum(x["amount"] for x in items)
    pct = D(rng.choice([2, 3, 5, 8]))
    summary = []
    disc = D(0)
    for r, b, _v in by_rate(items):
        dd = q2(b * pct / 100)
        disc += dd
        summary.append((r, b - dd, q2((b - dd) * r / 100)))
    net = gross - disc
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = valid(rng, lambda: "B" + digits(rng, 8), cif.is_valid)
    no = [f"{d.year}/{rng.randint(100, 2999):04d}", f"FV-{rng.randint(10000, 99999)}", f"A{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(1, 999)}/{d.strftime('%y')}"][i]
    long = i in (0, 2)
    fd = ca_date if long else (lambda x: x.strftime("%d/%m/%Y"))
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else None
    term = None if due else "Pagament al comptat en el moment del lliurament"
    po = [f"PED-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}", None][i]
    albd = d - dt.timedelta(days=rng.randint(0, 4))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, tom=rng.randint(1500, 4800), folio=rng.randint(10000, 99999), total=de(total), due=fd(due) if due else None,
        iban=iban_fmt(iban("ES", rng.choice(["2100", "0081", "3058", "0182"]) + digits(rng, 16))), bank=rng.choice(["CaixaBank", "Banc Sabadell", "Cajamar", "BBVA"]), rgs=f"21.{rng.randint(10000, 99999)}/A",
        no=no, dtext=fd(d), po=po, alb=f"ALB-{rng.randint(1000, 9999)}", albd=albd.strftime("%d/%m/%Y"), bname=bname, baddr=baddr,
        bid=valid(rng, lambda: bl + digits(rng, 8), cif.is_valid), cno=f"{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "rt": x["rate"], "a": de(x["amount"])} for x in items],
        gross=de(gross), pct=pct, disc=de(disc), summary=[(r, de(b), de(v)) for r, b, v in summary], net=de(net), tax=de(tax),
        payline=(f"Forma de pagament: transferència a {(due - d).days} dies, venciment el {fd(due)}." if due else term + "."),
    )
    notes = (
        "Alicante (Alacant) turrón maker's FACTURA in Valencian with a coloured left SIDEBAR that holds the vendor, the AMOUNT DUE boxed near the top and the IBAN; amounts with dots and a decimal comma ('1.234,56'), IVA 10 % on turrón, marzipan and almonds and 21 % on gift baskets, displays and delivery, a commercial DISCOUNT on the rows' sum spread over the bases per rate: "
        "vendor = the sidebar's name; vendor_tax_id = its 'NIF' (CIF with its control character; the client's NIF, the mercantile register and the RGSEAA number are decoys). "
        "invoice_number = 'Número'; invoice_date = 'Data' (" + ("Valencian words, '12 de març de 2026'" if long else "dd/mm/yyyy") + "); the albarà and its date and the client code are decoys. "
        + due_note(due, term, "Venciment")
        + po_note(po, "Comanda del client")
        + "subtotal = 'Total base imposable' (after the discount); tax = 'Total IVA'; total = 'TOTAL FACTURA' = 'IMPORT A PAGAR'. Currency EUR. Line items: every row before the discount (line_adjustment = the negative discount)."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL FACTURA", fd(due) if due else None, ctx["alb"], de(disc)], "line_adjustment": str(-disc)}
    return t, chk, (AL_HTML.replace("@@BASE@@", css(margin="0", fs="9pt")), ctx)
