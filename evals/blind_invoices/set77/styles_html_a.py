"""Chromium (HTML) styles for set 77, first part (01 Amasya e-Arşiv FATURA printout in Turkish: the GİB layout's
ETTN and QR block, labels beside values in a ruled box, a fully ruled table, KDV 20 % / 10 %, 1.234,56, dd.mm.yyyy,
the total in words 'Yalnız …'; 02 Nafplio guesthouse ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ in Greek with the myDATA MARK and
QR, labels ABOVE values in boxed cells, a zebra table, totals at the bottom LEFT, ΦΠΑ 13 % and a deposit deducted;
03 Taroudant argan cooperative FACTURE in French with a SIDEBAR on the left for the seller's ids, an unruled table,
TVA 20 %, 1 234,56 MAD, the total in words and a EUR counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import gr_afm, long_date, ma_ice, pick, tr_vkn
from invoice_kit import css, de, digits, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry, tr_words
from kit_common import due_note, fr_date, po_note, qr_svg, truth
from kit_words import fr_words

STYLES, style = style_registry("chromium")

# =========================================================================== 01 Amasya e-Arşiv fatura (KDV, TRY)
AM_V = [
    ("Yeşilırmak Elma Paketleme San. ve Tic. Ltd. Şti.", "Ziyaret Mah. Ferhat Cad. No: 48, 05100 Merkez / AMASYA", "Amasya V.D."),
    ("Harşena Mobilya Dekorasyon A.Ş.", "Organize Sanayi Bölgesi 3. Cad. No: 12, 05200 Merkez / AMASYA", "Amasya V.D."),
    ("Merzifon Tarım Makinaları Ltd. Şti.", "Sanayi Sitesi 7. Blok No: 21, 05300 Merzifon / AMASYA", "Merzifon V.D."),
    ("Kral Kaya Mezarları Turizm Otelcilik A.Ş.", "Hatuniye Mah. Yalıboyu Sok. No: 5, 05100 Merkez / AMASYA", "Amasya V.D."),
]
AM_B = [("Anadolu Gıda Pazarlama A.Ş.", "Samsun", "Canik V.D."), ("Ege Yapı Market Ltd. Şti.", "İzmir", "Karşıyaka V.D."),
        ("Çorum Tarım Kredi Kooperatifi", "Çorum", "Çorum V.D."), ("Karadeniz Seyahat Acentası Ltd. Şti.", "Trabzon", "Hızırbey V.D.")]
AM_ROWS = [
    [("Misket elması, 18 kg kasa", "Kasa", 20, 300, 280, 520, 10), ("Starking elma, 20 kg kasa", "Kasa", 20, 200, 300, 560, 10), ("Kasa kira ve iade bedeli", "Adet", 50, 400, 12, 25, 20), ("Soğuk hava deposu hizmeti (ton/gün)", "Ton", 5, 40, 90, 180, 20)],
    [("Masif ceviz yemek masası 180x90", "Adet", 1, 6, 14000, 26000, 20), ("Sandalye, kumaş döşemeli", "Adet", 4, 24, 2200, 4800, 20), ("Montaj ve nakliye hizmeti", "Hizmet", 1, 1, 1500, 4500, 20)],
    [("Römork 3 ton, tek dingil", "Adet", 1, 2, 95000, 160000, 20), ("Kültivatör 11 ayak", "Adet", 1, 3, 38000, 62000, 20), ("Yedek parça seti", "Set", 1, 10, 1800, 5200, 20), ("Tohum (buğday, sertifikalı) 50 kg", "Çuval", 10, 80, 900, 1600, 10)],
    [("Konaklama, çift kişilik oda (gece)", "Gece", 2, 14, 2400, 4200, 10), ("Toplantı salonu kirası (gün)", "Gün", 1, 3, 6000, 12000, 20), ("Akşam yemeği, grup menüsü", "Kişi", 10, 40, 650, 1100, 10)],
]
AM_HTML = """<html lang="tr"><head><meta charset="utf-8"><style>@@BASE@@
.box{border:1px solid #333;padding:5px 7px} table.k td{padding:1px 5px 1px 0;font-size:8.2pt} table.k td.l{font-weight:bold;white-space:nowrap}
table.it{width:100%;margin-top:10px;border:1px solid #333} table.it td,table.it th{border:1px solid #333;padding:3px 4px;font-size:8.2pt} table.it td.r{white-space:nowrap} table.it th{background:#e5e5e5}
table.tt{border:1px solid #333;margin-left:auto;margin-top:6px} table.tt td{border:1px solid #333;padding:3px 6px;font-size:8.6pt}
</style></head><body>
<table style="width:100%"><tr>
<td style="width:42%" class="box"><b>{{ vname }}</b><br>{{ vaddr }}<br>Tel: 0358 {{ tel }}<br>Web: {{ web }}<br>Vergi Dairesi: {{ vd }}<br>VKN: {{ vkn }}<br>Mersis No: {{ mersis }}<br>Ticaret Sicil No: {{ sicil }}</td>
<td style="text-align:center;vertical-align:middle"><div style="font-size:10pt;font-weight:bold">e-ARŞİV FATURA</div><div style="font-size:7.5pt;margin-top:4px">Gelir İdaresi Başkanlığı</div></td>
<td style="width:30mm;text-align:right">{{ qr|safe }}</td></tr></table>
<table style="width:100%;margin-top:10px"><tr>
<td style="width:52%" class="box"><div style="font-weight:bold;border-bottom:1px solid #999;margin-bottom:3px">SAYIN</div>{{ bname }}<br>{{ bcity }}<br>Vergi Dairesi: {{ bvd }}<br>VKN: {{ bvkn }}</td>
<td style="padding-left:14px"><table class="k box" style="width:100%">
<tr><td class="l">Özelleştirme No:</td><td>TR1.2</td></tr><tr><td class="l">Senaryo:</td><td>EARSIVFATURA</td></tr>
<tr><td class="l">Fatura Tipi:</td><td>SATIS</td></tr><tr><td class="l">Fatura No:</td><td>{{ no }}</td></tr>
<tr><td class="l">Fatura Tarihi:</td><td>{{ d }}</td></tr><tr><td class="l">Düzenleme Saati:</td><td>{{ hour }}</td></tr>
{% if irs %}<tr><td class="l">İrsaliye No:</td><td>{{ irs }}</td></tr><tr><td class="l">İrsaliye Tarihi:</td><td>{{ irsd }}</td></tr>{% endif %}
{% if po %}<tr><td class="l">Sipariş No:</td><td>{{ po }}</td></tr>{% endif %}
{% if due %}<tr><td class="l">Son Ödeme Tarihi:</td><td>{{ due }}</td></tr>{% endif %}
</table></td></tr></table>
<div style="font-size:8pt;margin-top:6px"><b>ETTN:</b> {{ ettn }}</div>
<table class="it"><tr><th>Sıra No</th><th>Mal Hizmet</th><th>Miktar</th><th>Birim Fiyat</th><th>İskonto Oranı</th><th>KDV Oranı</th><th>KDV Tutarı</th><th>Mal Hizmet Tutarı</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }} TL</td><td class="r">%0,00</td><td class="r">%{{ it.r }}</td><td class="r">{{ it.t }} TL</td><td class="r">{{ it.a }} TL</td></tr>{% endfor %}</table>
<table class="tt">
<tr><td class="b">Mal Hizmet Toplam Tutarı</td><td class="r">{{ net }} TL</td></tr>
<tr><td class="b">Toplam İskonto</td><td class="r">0,00 TL</td></tr>
{% for r, t in taxes %}<tr><td class="b">Hesaplanan KDV (%{{ r }})</td><td class="r">{{ t }} TL</td></tr>{% endfor %}
<tr><td class="b">Vergiler Dahil Toplam Tutar</td><td class="r">{{ total }} TL</td></tr>
<tr><td class="b">Ödenecek Tutar</td><td class="r"><b>{{ total }} TL</b></td></tr></table>
<div class="box" style="margin-top:12px;font-size:8.2pt"><b>Not:</b> Yalnız #{{ words }} Türk Lirası {{ kurus }} Kuruş#<br>
{% if not due %}Ödeme şekli: {{ term }}<br>{% endif %}Banka: {{ bank }} IBAN: {{ ib }}<br>Bu satış internet üzerinden yapılmamıştır. e-Arşiv izni kapsamında elektronik ortamda iletilmiştir.</div>
</body></html>"""


@style("01", "tr_ama_amasya_e_arsiv_fatura_kdv_20_10_ettn_qr_ruled_labels_beside_words")
def s01(rng, i):
    vname, vaddr, vd = AM_V[i]
    bname, bcity, bvd = AM_B[i]
    d = rand_date(rng)
    items = []
    for row in rng.sample(AM_ROWS[i], 3):
        it = pick(rng, [row[:6]], 1, D("0.50") if row[4] < 1000 else D("5"))[0]
        it["rate"] = row[6]
        items.append(it)
    rates = sorted({x["rate"] for x in items}, reverse=True)
    taxes = [(r, sum((q2(x["amount"] * r / 100) for x in items if x["rate"] == r), D(0))) for r in rates]
    net = sum(x["amount"] for x in items)
    tax = sum(t for _, t in taxes)
    total = net + tax
    vkn, bvkn = tr_vkn(rng), tr_vkn(rng)
    prefix = ["YEP", "HRM", "MTM", "KKM"][i]
    no = f"{prefix}{d.year}{rng.randint(1, 99999999):09d}"
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i in (1, 2) else None
    po = f"SP-{rng.randint(10000, 99999)}" if i in (0, 2) else None
    irs = f"IRS{d.year}{rng.randint(1, 999999):06d}" if i != 3 else None
    ib = iban("TR", digits(rng, 5, True) + "0" + digits(rng, 16))
    words = tr_words(int(total))
    kurus = int(q2(total - int(total)) * 100)
    ctx = dict(vname=vname, vaddr=vaddr, tel=f"{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", web="www." + vname.split()[0].lower().replace("ş", "s").replace("ı", "i").replace("ç", "c").replace("ğ", "g") + ".com.tr",
               vd=vd, vkn=vkn, mersis="0" + digits(rng, 15), sicil=str(rng.randint(1000, 9999)), qr=qr_svg(rng, 26),
               bname=bname, bcity=bcity, bvd=bvd, bvkn=bvkn, no=no, d=f(d), hour=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
               irs=irs, irsd=f(d - dt.timedelta(days=rng.randint(0, 3))), po=po, due=f(due) if due else None,
               ettn=f"{digits(rng, 8)}-{digits(rng, 4)}-4{digits(rng, 3)}-a{digits(rng, 3)}-{digits(rng, 12)}",
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "r": x["rate"], "t": de(q2(x["amount"] * x["rate"] / 100)), "a": de(x["amount"])} for x in items],
               net=de(net), taxes=[(r, de(t)) for r, t in taxes], total=de(total), words=words, kurus=kurus, term="Peşin (nakit)" if i == 0 else "Havale / EFT, 30 gün vadeli",
               bank=rng.choice(["T.C. Ziraat Bankası Amasya Şb.", "Türkiye İş Bankası Amasya Şb.", "Vakıfbank Merzifon Şb."]), ib=iban_fmt(ib))
    notes = ("Amasya (Turkey) e-Arşiv FATURA printout in Turkish (GİB layout: seller box, 'e-ARŞİV FATURA', QR, ETTN), facts as labels BESIDE values, a FULLY RULED table, KDV 20 % and 10 %, amounts 1.234,56 TL, dates dd.mm.yyyy: "
             "vendor = the top box's name; vendor_tax_id = its 'VKN' (10 digits with the check digit; the buyer's VKN, Mersis, Ticaret Sicil, ETTN and IBAN are decoys). invoice_number = 'Fatura No'; invoice_date = 'Fatura Tarihi' (the İrsaliye date and number are decoys). "
             + due_note(due, "Havale / EFT, 30 gün vadeli" if i else "Peşin (nakit)", "Son Ödeme Tarihi") + po_note(po, "Sipariş No")
             + "subtotal = 'Mal Hizmet Toplam Tutarı'; tax = the sum of the 'Hesaplanan KDV' rows; total = 'Vergiler Dahil Toplam Tutar' (= 'Ödenecek Tutar'), also in words after 'Yalnız'. Currency TRY ('TL'). Line items: the net 'Mal Hizmet Tutarı' of each row.")
    t = truth(vname, vkn, no, po, d, due, "TRY", net, tax, total, items, notes)
    chk = {"printed": [vname, vkn, no, f(d), bvkn, words, ctx["ettn"], irs, "Ödenecek Tutar"]}
    if len(taxes) > 1:
        chk["tax_parts"] = [str(t_) for _, t_ in taxes]
    return t, chk, (AM_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Nafplio guesthouse (ΦΠΑ 13 %, EUR), labels above, zebra, totals left, deposit
NF_V = [("ΞΕΝΩΝΑΣ ΑΚΡΟΝΑΥΠΛΙΑ Ι.Κ.Ε.", "Παπανικολάου 22, 21100 Ναύπλιο", "ΔΟΥ Ναυπλίου", "#0f4c5c"), ("ΠΑΛΑΜΗΔΙ ΞΕΝΟΔΟΧΕΙΑΚΗ Α.Ε.", "Σταϊκοπούλου 41, 21100 Ναύπλιο", "ΔΟΥ Ναυπλίου", "#7a1f1f"),
        ("ΑΡΒΑΝΙΤΙΑ ΦΙΛΟΞΕΝΙΑ Ο.Ε.", "Πολυζωίδου 8, 21100 Ναύπλιο", "ΔΟΥ Ναυπλίου", "#3b5b2a"), ("ΜΠΟΥΡΤΖΙ ΤΟΥΡΙΣΤΙΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Μ.Ε.Π.Ε.", "Μπουμπουλίνας 15, 21100 Ναύπλιο", "ΔΟΥ Ναυπλίου", "#433878")]
NF_B = [("ΤΑΞΙΔΙΩΤΙΚΟ ΓΡΑΦΕΙΟ ΑΙΓΑΙΟΝ Α.Ε.", "Αθήνα", "ΦΑΕ Αθηνών"), ("ΠΑΝΕΠΙΣΤΗΜΙΟ ΠΕΛΟΠΟΝΝΗΣΟΥ – ΕΛΚΕ", "Τρίπολη", "ΔΟΥ Τρίπολης"),
        ("HELLENIC SAILING EVENTS Ι.Κ.Ε.", "Πειραιάς", "ΔΟΥ Πειραιά"), ("ΣΥΛΛΟΓΟΣ ΦΙΛΩΝ ΑΡΧΑΙΟΥ ΘΕΑΤΡΟΥ", "Άργος", "ΔΟΥ Άργους")]
NF_ROWS = [("Διανυκτέρευση δίκλινο δωμάτιο", "νύχτα", 2, 12, 65, 140), ("Διανυκτέρευση σουίτα με θέα", "νύχτα", 1, 6, 150, 260), ("Πρωινό μπουφέ", "άτομο", 4, 40, 9, 16),
           ("Μεταφορά από/προς Αθήνα", "διαδρομή", 1, 2, 120, 220), ("Αίθουσα εκδηλώσεων (ημέρα)", "ημέρα", 1, 2, 300, 600), ("Δείπνο ομάδας", "άτομο", 6, 30, 22, 38)]
NF_HTML = """<html lang="el"><head><meta charset="utf-8"><style>@@BASE@@
.cap{font-size:6.8pt;color:#666;text-transform:uppercase;letter-spacing:.4px} .val{font-size:9.2pt;font-weight:bold}
table.f{width:100%;border-collapse:separate;border-spacing:4px} table.f td{border:1px solid #bbb;padding:3px 6px}
table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:8pt;padding:4px 5px;text-align:left} table.it th.r{text-align:right}
table.it td{padding:4px 5px;font-size:8.6pt} table.it tr:nth-child(odd) td{background:#f0f3f4}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.4pt">{{ vaddr }} · Τηλ. 27520 {{ tel }}<br>Α.Φ.Μ. {{ afm }} · {{ doy }} · Αρ. ΓΕΜΗ {{ gemi }} · ΜΗΤΕ {{ mhte }}</div></td>
<td class="r" style="width:30mm">{{ qr|safe }}</td></tr></table>
<div style="margin-top:10px;font-size:13pt;font-weight:bold;letter-spacing:1px">ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ</div>
<table class="f"><tr>
<td><div class="cap">Σειρά</div><div class="val">{{ series }}</div></td><td><div class="cap">Αριθμός</div><div class="val">{{ no }}</div></td>
<td><div class="cap">Ημερομηνία έκδοσης</div><div class="val">{{ d }}</div></td><td><div class="cap">Περίοδος διαμονής</div><div class="val">{{ stay }}</div></td>
<td><div class="cap">Τρόπος πληρωμής</div><div class="val">{{ pay }}</div></td></tr>
<tr><td colspan="2"><div class="cap">Πελάτης</div><div class="val">{{ bname }}</div><div style="font-size:8pt">{{ bcity }}</div></td>
<td><div class="cap">Α.Φ.Μ. πελάτη</div><div class="val">{{ bafm }}</div><div style="font-size:8pt">{{ bdoy }}</div></td>
<td><div class="cap">Αρ. κράτησης</div><div class="val">{{ booking }}</div></td>
<td><div class="cap">{% if due %}Ημ/νία λήξης πληρωμής{% else %}Σχετικό παραστατικό{% endif %}</div><div class="val">{% if due %}{{ due }}{% else %}{{ rel }}{% endif %}</div></td></tr></table>
<table class="it"><tr><th>Κωδ.</th><th>Περιγραφή</th><th class="r">Ποσότητα</th><th>Μ.Μ.</th><th class="r">Τιμή μονάδας</th><th class="r">ΦΠΑ %</th><th class="r">Καθαρή αξία</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">13</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:14px;width:100%"><tr><td style="width:48%">
<table style="width:100%;border:2px solid {{ color }}"><tr><td style="padding:3px 8px">Καθαρή αξία</td><td class="r" style="padding:3px 8px">{{ net }} €</td></tr>
<tr><td style="padding:3px 8px">ΦΠΑ 13%</td><td class="r" style="padding:3px 8px">{{ tax }} €</td></tr>
<tr><td style="padding:3px 8px">Φόρος διαμονής ({{ nights }} × {{ ctax }} €)</td><td class="r" style="padding:3px 8px">{{ staytax }} €</td></tr>
<tr><td style="padding:4px 8px;font-weight:bold;border-top:1px solid #999">Συνολική αξία</td><td class="r b" style="padding:4px 8px;border-top:1px solid #999">{{ total }} €</td></tr>
{% if dep %}<tr><td style="padding:3px 8px">Προκαταβολή ({{ depd }})</td><td class="r" style="padding:3px 8px">-{{ dep }} €</td></tr>
<tr><td style="padding:3px 8px;font-weight:bold">Υπόλοιπο πληρωμής</td><td class="r b" style="padding:3px 8px">{{ bal }} €</td></tr>{% endif %}</table></td>
<td style="padding-left:18px;font-size:7.8pt;color:#444">IBAN {{ ib }}<br>Πειραιώς · Ναύπλιο<br><br>ΜΑΡΚ {{ mark }}<br>UID {{ uid }}<br>Πάροχος: {{ provider }}</td></tr></table>
<div style="position:absolute;bottom:0;font-size:7pt;color:#777">Σελίδα 1 από 1 · Το παραστατικό διαβιβάστηκε στο myDATA της ΑΑΔΕ.</div>
</body></html>"""


@style("02", "gr_naf_nafplio_timologio_fpa_13_labels_above_zebra_totals_left_deposit_mark")
def s02(rng, i):
    vname, vaddr, doy, color = NF_V[i]
    bname, bcity, bdoy = NF_B[i]
    d = rand_date(rng)
    items = pick(rng, NF_ROWS, [3, 4, 3, 5][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.13"))
    nights = int(sum(x["qty"] for x in items if x["unit"] == "νύχτα") or 1)
    ctax = D(["1.50", "3.00", "1.50", "3.00"][i])
    staytax = nights * ctax
    total = net + tax + staytax
    afm, bafm = gr_afm(rng), gr_afm(rng)
    series = ["Α", "ΤΠΥ", "Β", "ΤΠ"][i]
    no = str(rng.randint(100, 4999))
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=30) if i in (1, 2) else None
    dep = q2(total * D(rng.choice([20, 30])) / 100) if i in (0, 2, 3) else None
    stay0 = d - dt.timedelta(days=nights)
    ctx = dict(color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 5), afm=afm, doy=doy, gemi=digits(rng, 12, True), mhte="1245K0" + digits(rng, 8), qr=qr_svg(rng, 24),
               series=series, no=no, d=long_date(d, "el_gen") if i % 2 else f(d), stay=f"{f(stay0)} – {f(d)}", pay=["Κάρτα", "Επί πιστώσει", "Τραπεζική κατάθεση", "Μετρητά"][i],
               bname=bname, bcity=bcity, bafm=bafm, bdoy=bdoy, booking=f"BK{rng.randint(100000, 999999)}", due=f(due) if due else None, rel=f"ΑΠΥ {rng.randint(10, 999)}",
               items=[{"c": f"{k + 101}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "a": de(x["amount"])} for k, x in enumerate(items)],
               net=de(net), tax=de(tax), nights=nights, ctax=de(ctax), staytax=de(staytax), total=de(total), dep=de(dep) if dep else None,
               depd=f(d - dt.timedelta(days=rng.randint(20, 60))), bal=de(total - dep) if dep else None, ib=iban_fmt(iban("GR", "0172" + digits(rng, 3) + digits(rng, 16))),
               mark="4000" + digits(rng, 11), uid=digits(rng, 40).upper()[:40], provider=rng.choice(["Epsilon Net", "SoftOne", "Entersoft"]))
    notes = ("Nafplio (Greece) guesthouse ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ in Greek, facts in boxed cells with the CAPTION ABOVE each value, a ZEBRA table, the totals box at the bottom LEFT, ΦΠΑ 13 %, 1.234,56 €, "
             + ("dates as long Greek dates ('12 Μαρτίου 2026')" if i % 2 else "dates dd/mm/yyyy") + ": vendor = the letterhead's name; vendor_tax_id = its 'Α.Φ.Μ.' (9 digits with the check digit; the customer's Α.Φ.Μ., ΓΕΜΗ, ΜΗΤΕ, MARK, UID and IBAN are decoys). "
             f"invoice_number = 'Αριθμός' {no} (the series '{series}' in its own cell is not part of it); invoice_date = 'Ημερομηνία έκδοσης' (the stay period and the deposit date are decoys). "
             + due_note(due, "", "Ημ/νία λήξης πληρωμής") + "No PO (the booking number 'Αρ. κράτησης' is a decoy). "
             "subtotal = 'Καθαρή αξία'; tax = 'ΦΠΑ 13%'; total = 'Συνολική αξία' which includes the stay tax (Φόρος διαμονής, a total_adjustment)"
             + (" before the 'Προκαταβολή' deducted (the deposit and 'Υπόλοιπο πληρωμής' are decoys)" if dep else "") + ". Currency EUR. Line items: the net value of each row.")
    t = truth(vname, afm, no, None, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [vname, afm, no, ctx["d"], bafm, ctx["bal"], "Συνολική αξία", ctx["mark"]], "total_adjustment": str(staytax)}
    return t, chk, (NF_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="9pt")), ctx)


# =========================================================================== 03 Taroudant argan cooperative (TVA 20 %, MAD), sidebar left, unruled, words, EUR
TA_V = [("Coopérative Tifaout Argan", "Douar Ait Yazza, route d'Agadir, 83000 Taroudant"), ("Société Souss Safran et Épices SARL", "Zone industrielle, lot 14, 83000 Taroudant"),
        ("Atelier Dinandier Bab Zorgane SARL AU", "Derb Sidi Boussekri n° 7, 83000 Taroudant"), ("Riad Tiouté Tourisme SARL", "Route de Tiouté, Ouled Berhil, Taroudant")]
TA_B = [("Maison des Huiles Naturelles SAS", "69002 Lyon, France"), ("Marjane Holding – Direction Achats", "Casablanca"), ("Galerie Ocre et Cuivre SARL", "Marrakech"), ("Voyages Atlas Découverte SA", "Rabat")]
TA_ROWS = [
    [("Huile d'argan cosmétique, bidon 5 L", "bidon", 4, 40, 900, 1500), ("Huile d'argan alimentaire torréfiée, 1 L", "litre", 10, 120, 210, 320), ("Savon noir à l'argan, 250 g", "pot", 40, 400, 22, 40), ("Amlou aux amandes, 250 g", "pot", 30, 300, 35, 60)],
    [("Safran pur, stigmates, 10 g", "boîte", 20, 200, 280, 420), ("Ras el hanout, sachet 500 g", "sachet", 40, 300, 38, 65), ("Cumin moulu, sac 25 kg", "sac", 2, 20, 700, 1100)],
    [("Plateau en cuivre ciselé Ø 60 cm", "pièce", 2, 20, 650, 1400), ("Lanterne en laiton ajouré", "pièce", 4, 30, 320, 780), ("Théière argentée 1 L", "pièce", 10, 60, 140, 260)],
    [("Nuitée chambre double, demi-pension", "nuitée", 4, 30, 650, 1100), ("Excursion vallée de l'Ourika, 4x4", "jour", 1, 3, 1200, 2200), ("Dîner de groupe, menu berbère", "couvert", 10, 40, 140, 220)],
]
TA_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:52mm;background:{{ color }};color:#fff;padding:10mm 6mm;box-sizing:border-box;font-size:7.8pt;line-height:1.55}
.main{margin-left:60mm;padding-top:14mm} table.it{width:100%;margin-top:12px} table.it th{font-size:7.8pt;color:#555;text-align:left;padding:3px 4px;font-weight:normal;text-transform:uppercase}
table.it th.r{text-align:right} table.it td{padding:4px 4px;font-size:8.8pt}
</style></head><body>
<div class="side"><div style="font-size:12pt;font-weight:bold;line-height:1.25">{{ vname }}</div><br>{{ vaddr }}<br>Tél. +212 528 {{ tel }}<br><br>
<b>ICE</b><br>{{ ice }}<br><b>Identifiant fiscal (IF)</b><br>{{ ifn }}<br><b>RC Taroudant</b><br>{{ rc }}<br><b>Patente</b><br>{{ patente }}<br><b>CNSS</b><br>{{ cnss }}<br><br>
<b>RIB</b><br>{{ rib }}<br>{{ bank }}</div>
<div class="main">
<div style="font-size:22pt;font-weight:bold;color:{{ color }}">FACTURE</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%;font-size:9pt">N° : <b>{{ no }}</b><br>Date : {{ d }}<br>{% if bc %}Bon de commande : {{ bc }}<br>{% endif %}Bon de livraison : {{ bl }}<br>{% if due %}Date d'échéance : {{ due }}{% else %}Règlement : {{ term }}{% endif %}</td>
<td style="font-size:9pt"><span style="color:#777">Facturé à</span><br><b>{{ bname }}</b><br>{{ bcity }}<br>{{ bid }}</td></tr></table>
<table class="it"><tr><th>Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:14px;font-size:9.2pt"><tr><td style="padding:2px 12px">Total HT</td><td class="r">{{ net }} DH</td></tr>
<tr><td style="padding:2px 12px">TVA 20 %</td><td class="r">{{ tax }} DH</td></tr>
<tr><td style="padding:4px 12px;font-weight:bold;font-size:10.5pt;border-top:2px solid {{ color }}">Total TTC</td><td class="r b" style="font-size:10.5pt;border-top:2px solid {{ color }}">{{ total }} DH</td></tr>
<tr><td style="padding:2px 12px;color:#777;font-size:8pt">Contre-valeur indicative</td><td class="r" style="color:#777;font-size:8pt">{{ eur }} EUR</td></tr></table>
<p style="margin-top:16px;font-size:8.8pt">Arrêtée la présente facture à la somme de :<br><b style="white-space:nowrap;font-size:8.4pt">{{ words }} dirhams{% if cts %} et {{ cts }} centimes{% endif %} TTC</b>.</p>
<p style="font-size:7.6pt;color:#666">Taux de change appliqué : 1 EUR = {{ rate }} MAD (Bank Al-Maghrib, cours du {{ rated }}). Tout retard de paiement entraîne des pénalités conformément à la loi 69-21.</p>
</div></body></html>"""


@style("03", "ma_tar_taroudant_facture_tva_20_sidebar_left_unruled_words_eur_counter")
def s03(rng, i):
    vname, vaddr = TA_V[i]
    bname, bcity = TA_B[i]
    d = rand_date(rng)
    items = pick(rng, TA_ROWS[i], 3, D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.2"))
    total = net + tax
    ice_, bice = ma_ice(rng), ma_ice(rng)
    rate = D(rng.randint(10650, 10990)) / 1000
    no = [f"F{d.year}-{rng.randint(1, 999):04d}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"FA{d.strftime('%y%m')}{rng.randint(10, 99)}", f"{d.year}/{rng.randint(1000, 9999)}"][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 1) else None
    bc = f"BC-{rng.randint(1000, 9999)}" if i in (1, 2) else None
    words = fr_words(int(total))
    cts = int(q2(total - int(total)) * 100)
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y")][i]
    bid = "N° TVA intracom. FR" + digits(rng, 11) if i == 0 else "ICE " + bice
    bank = rng.choice(["Crédit Agricole du Maroc – Taroudant", "Attijariwafa bank – Taroudant", "Banque Populaire – Taroudant"])
    ctx = dict(color=["#8a4b08", "#9b2226", "#6b4f2a", "#1d4e4e"][i], vname=vname, vaddr=vaddr, tel=f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}", ice=ice_, ifn=digits(rng, 8, True),
               rc=str(rng.randint(1000, 9999)), patente=digits(rng, 8, True), cnss=digits(rng, 7, True), rib=" ".join([digits(rng, 3), digits(rng, 3), digits(rng, 16), digits(rng, 2)]), bank=bank,
               no=no, d=fd(d), bc=bc, bl=f"BL {rng.randint(100, 999)}", due=fd(due) if due else None, term="à réception de facture" if i == 2 else "par virement, 30 jours fin de mois",
               bname=bname, bcity=bcity, bid=bid,
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
               net=sp(net), tax=sp(tax), total=sp(total), eur=sp(q2(total / rate)), words=words, cts=cts, rate=de(rate, 3), rated=fd(d - dt.timedelta(days=1)))
    notes = ("Taroudant (Morocco) FACTURE in French with the seller's data in a coloured SIDEBAR on the LEFT, an UNRULED table, TVA 20 %, amounts '1 234,56 DH', the total in words and an EUR counter-value: "
             "vendor = the sidebar's name; vendor_tax_id = 'ICE' (15 digits with its check digits; IF, RC, Patente, CNSS, RIB and the buyer's ICE or French VAT number are decoys). invoice_number = 'N°'; invoice_date = 'Date' (the exchange-rate date is a decoy). "
             + due_note(due, ctx["term"], "Date d'échéance") + po_note(bc, "Bon de commande") + "(the 'Bon de livraison' is a decoy). "
             "subtotal = 'Total HT'; tax = 'TVA 20 %'; total = 'Total TTC' (also in words after 'Arrêtée la présente facture à la somme de'); the EUR 'Contre-valeur indicative' is a decoy. Currency MAD ('DH'). Line items: the net 'Montant HT' of each row.")
    t = truth(vname, ice_, no, bc, d, due, "MAD", net, tax, total, items, notes)
    chk = {"printed": [vname, ice_, no, fd(d), words, ctx["eur"], ctx["bl"], "Total TTC"]}
    return t, chk, (TA_HTML.replace("@@BASE@@", css(margin="0", fs="9pt")).replace("@page{size:A4;margin:0}", "@page{size:A4;margin:0} body{padding:0 14mm 0 0;position:relative;min-height:297mm}"), ctx)
