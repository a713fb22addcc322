"""Styles 7-12"""
import datetime as dt
from decimal import Decimal as D

from common import *  # noqa


# =====================================================================  7 it_fattura
def s07_it(rng, i):
    vendors = [
        ("Officine Meccaniche Colombo S.p.A.", ("Via dell'Industria, 27", "20871 Vimercate (MB)"), "Capitale sociale € 500.000,00 i.v.", "REA MB-1234567"),
        ("Studio Grafico Ferri S.r.l.", ("Via San Vitale, 56", "40125 Bologna (BO)"), "Capitale sociale € 10.000,00 i.v.", "REA BO-512233"),
        ("Alimentari Bianchi & C. S.n.c.", ("Corso Vittorio Emanuele II, 145", "10128 Torino (TO)"), "", "REA TO-998877"),
        ("Termoidraulica Esposito S.r.l.s.", ("Via Toledo, 256", "80134 Napoli (NA)"), "Capitale sociale € 1.000,00", "REA NA-887766"),
    ]
    vn, vaddr, cap, rea = vendors[i]
    piva = gen_it_iva(rng)
    piva_print = ("IT" + piva) if i % 2 == 0 else piva
    cpiva = gen_it_iva(rng)
    cust = rng.choice([("Rossi Costruzioni S.r.l.", "Via Roma, 12", "25121 Brescia (BS)"),
                       ("Farmacia Centrale Dott. Gallo", "Piazza Garibaldi, 3", "50123 Firenze (FI)"),
                       ("Hotel Bellavista S.r.l.", "Lungomare Trieste, 88", "84121 Salerno (SA)"),
                       ("Comune di Castelnuovo - Ufficio Tecnico", "Piazza del Municipio, 1", "37014 Castelnuovo del Garda (VR)")])
    cat = [
        [("FL-2231", "Flangia in acciaio inox DN50 PN16", "pz", 18, 42), ("BL-0090", "Bullone M12x60 classe 8.8 (conf. 50 pz)", "cf", 12, 25),
         ("LAV-TOR", "Lavorazione al tornio CNC", "h", 55, 85), ("GU-0412", "Guarnizione PTFE DN50", "pz", 3, 8), ("TR-01", "Spese di trasporto", "nr", 25, 90)],
        [("CG-01", "Progettazione immagine coordinata", "nr", 800, 2200), ("WEB-H", "Sviluppo sito web (ore)", "h", 40, 70),
         ("ST-100", "Stampa brochure A4 16 pagine", "pz", 1.2, 3.5), ("FOT", "Servizio fotografico prodotti", "nr", 300, 900)],
        [("PR-PARM", "Parmigiano Reggiano DOP 24 mesi", "kg", 16, 24), ("PR-OLIO", "Olio extravergine di oliva 1 L", "pz", 7, 13),
         ("PR-PAST", "Pasta di Gragnano IGP 500 g", "pz", 1.4, 2.9), ("PR-VINO", "Barbera d'Asti DOCG 0,75 L", "pz", 6, 14),
         ("PR-SAL", "Salame di Felino IGP", "kg", 18, 28)],
        [("MAN", "Manodopera idraulico specializzato", "h", 28, 40), ("CALD", "Caldaia a condensazione 25 kW", "pz", 1100, 1900),
         ("KIT", "Kit raccordi e valvolame", "nr", 60, 180), ("SMAL", "Smaltimento vecchia caldaia", "nr", 80, 150)],
    ][i]
    items = pick_catalog(rng, cat, rng.randint(2, 5))
    lines = []
    for code, name, um, lo, hi in items:
        if um == "h":
            q = D(rng.randint(2, 40)) / 2
        elif um == "kg":
            q = D(rng.randint(20, 250)) / 10
        elif um == "nr" or hi > 1000:
            q = 1
        else:
            q = rng.randint(2, 200 if hi < 5 else 30)
        sc = rng.choice([0, 0, 0, 5, 10]) if i == 2 else 0
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.01" if hi < 5 else "0.05"), disc=sc, code=code, um=um))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * D("0.22"))
    total = sub + tax
    m = lambda x: "€ " + num(x, "de")
    idate = rand_date(rng)
    ddate = month_end(add_days(idate, rng.choice([30, 60])))
    inv = rng.choice([f"{rng.randint(1, 499)}/{idate.year}", f"FPR {rng.randint(1, 499)}/{idate.year % 100}", f"{idate.year}/{rng.randint(1,999):05d}"])
    po = f"{rng.randint(100, 9999)}" if rng.random() < 0.7 else None
    odate = add_days(idate, -rng.randint(5, 25))
    ddt = (rng.randint(100, 999), add_days(idate, -rng.randint(0, 4)))
    has_sc = any(l["disc"] for l in lines) or i == 2
    rows = ""
    for l in lines:
        rows += (f'<tr><td>{l["code"]}</td><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"], "nosep_comma")}</td><td class="c">{l["um"]}</td>'
                 f'<td class="r">{num(l["unit"], "de")}</td>' + (f'<td class="r">{num(l["disc"], "de", 0) + "%" if l["disc"] else ""}</td>' if has_sc else "")
                 + f'<td class="r">{num(l["amount"], "de")}</td><td class="c">22</td></tr>')
    font = ["'Liberation Serif'", "'DejaVu Sans'", "'DejaVu Serif'", "'Liberation Sans Narrow'"][i]
    accent = ["#004d40", "#b71c1c", "#5d4037", "#01579b"][i]
    orh = f'<tr><td>Ordine n.</td><td>{po} del {odate:%d/%m/%Y}</td></tr>' if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','12mm 14mm 12mm 14mm')}
body{{font-family:{font};font-size:9pt;color:#222}}
.hd{{display:flex;justify-content:space-between;border-bottom:2px solid {accent};padding-bottom:3mm}}
.vn{{font-size:16pt;font-weight:bold;color:{accent}}}
.grid{{display:flex;gap:6mm;margin-top:5mm}} .grid>div{{flex:1;border:1px solid #999;padding:2mm 3mm}}
.cap{{font-size:7pt;text-transform:uppercase;color:#666}}
table.doc{{width:100%;margin-top:5mm;border:1px solid #999}} table.doc td,table.doc th{{border:1px solid #999;padding:2px 4px;font-size:8.5pt}}
table.doc th{{background:#eee;text-align:left;font-weight:normal}}
table.it{{width:100%;margin-top:5mm}} table.it th{{background:{accent};color:#fff;padding:3px;font-weight:normal;font-size:8.5pt}}
table.it td{{padding:3px;border-bottom:1px solid #ddd}}
.r{{text-align:right}} .c{{text-align:center}}
.tot{{display:flex;justify-content:flex-end;margin-top:5mm}} table.tt td{{padding:3px 6px;border:1px solid #999}} table.tt tr.t td{{font-weight:bold;background:#eee;font-size:10.5pt}}
.pag{{margin-top:6mm;font-size:8.5pt}}
.ft{{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:7pt;color:#555}}
</style></head><body>
<div class="hd"><div><div class="vn">{e(vn)}</div>{vaddr[0]}<br>{vaddr[1]}<br>Tel. +39 0{rng.randint(10,99)} {rng.randint(1000000,9999999)} · PEC: amministrazione@pec.{vn.split()[0].lower()}.it</div>
<div class="r" style="font-size:8.5pt">{'P.IVA' if i%2==0 else 'Partita IVA'} {piva_print}<br>C.F. {piva}<br>{rea}</div></div>
<div class="grid"><div><div class="cap">Documento</div><b style="font-size:13pt">Fattura n. {inv}</b><br>Data: {idate:%d/%m/%Y}</div>
<div><div class="cap">Spett.le</div><b>{e(cust[0])}</b><br>{cust[1]}<br>{cust[2]}<br>P.IVA {cpiva} · Cod. destinatario SDI {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(7))}</div></div>
<table class="doc"><tr><th>Cod. cliente</th><th>Pagamento</th><th>Banca d'appoggio</th><th>Pag.</th></tr>
<tr><td>{rng.randint(1000,9999)}</td><td>Bonifico bancario {rng.choice(['30','60'])} gg d.f.f.m.</td><td>IBAN {iban_for(rng,'IT')}</td><td>1 di 1</td></tr></table>
<table class="doc" style="margin-top:2mm"><tr><th style="width:50%">Riferimenti</th><th>Trasporto a cura del</th></tr>
<tr><td><table>{orh}<tr><td>DDT n.</td><td>{ddt[0]} del {ddt[1]:%d/%m/%Y}</td></tr></table></td><td>{rng.choice(['Mittente','Destinatario','Vettore'])}</td></tr></table>
<table class="it"><tr><th>Codice</th><th>Descrizione</th><th class="r">Q.tà</th><th class="c">U.M.</th><th class="r">Prezzo unitario</th>{'<th class="r">Sconto</th>' if has_sc else ''}<th class="r">Importo</th><th class="c">IVA %</th></tr>{rows}</table>
<div class="tot"><table class="tt"><tr><td>Imponibile</td><td class="r">{m(sub)}</td></tr><tr><td>IVA 22%</td><td class="r">{m(tax)}</td></tr>
<tr class="t"><td>Totale documento</td><td class="r">{m(total)}</td></tr><tr><td>Netto a pagare</td><td class="r">{m(total)}</td></tr></table></div>
<div class="pag">Scadenza pagamento: {long_date(ddate, 'it')} — {m(total)}</div>
<div class="ft">{e(vn)} — {cap + ' — ' if cap else ''}{rea} — P.IVA e C.F. {piva}<br>Copia di cortesia. L'originale del documento è disponibile nell'area riservata del Sistema di Interscambio.</div>
</body></html>"""
    t = truth(vn, piva_print, inv, po, idate, ddate, "EUR", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "it_fattura",
              "Due date printed only in the text line 'Scadenza pagamento' with an Italian month name. Order date and DDT (delivery note) number/date are decoys. C.F. equals the P.IVA digits."
              + (" Some lines have a discount (Sconto %)." if has_sc else ""))
    return html, t, dict(must=[m(total), inv])


# =====================================================================  8 pt_fatura
def s08_pt(rng, i):
    vendors = [
        ("Construções Ferreira & Filhos, Lda.", ("Rua de Santa Catarina, 210", "4000-447 Porto")),
        ("Tecnolis - Soluções Informáticas, S.A.", ("Avenida da Liberdade, 45 - 3º Esq.", "1250-140 Lisboa")),
        ("Frutas do Oeste, Unipessoal Lda.", ("Estrada Nacional 8, Km 62", "2550-101 Cadaval")),
        ("Gráfica Mondego, Lda.", ("Rua Ferreira Borges, 77", "3000-180 Coimbra")),
    ]
    vn, vaddr = vendors[i]
    nif = gen_pt_nif(rng)
    nif_print = nif if i % 2 else "PT" + nif
    cnif = gen_pt_nif(rng, rng.choice("56"))
    cust = rng.choice([("Restaurante O Pescador, Lda.", "Largo do Peixe, 4", "8000-123 Faro"),
                       ("Clínica Saúde Mais, Unipessoal Lda.", "Rua Augusta, 120", "1100-048 Lisboa"),
                       ("Supermercados Vasco, S.A.", "Avenida Central, 88", "4700-320 Braga"),
                       ("Junta de Freguesia de Santo António", "Rua do Patrocínio, 2", "1350-229 Lisboa")])
    cat = [
        [("MO-PED", "Mão de obra - pedreiro", "H", 18, 28), ("CIM-25", "Cimento Portland 25 kg", "UN", 4, 7), ("AZ-30", "Azulejo 30x60 cm", "M2", 12, 28),
         ("ENT-01", "Remoção de entulho", "UN", 60, 150), ("TIN-15", "Tinta plástica branca 15 L", "UN", 38, 65)],
        [("LIC-365", "Licença software gestão (anual)", "UN", 480, 1500), ("SUP-H", "Suporte técnico", "H", 35, 55),
         ("PC-i5", "Computador portátil 14\" i5 16GB", "UN", 690, 980), ("MON-27", "Monitor 27\" QHD", "UN", 210, 340), ("INST", "Instalação e configuração", "UN", 60, 180)],
        [("PERA-R", "Pera Rocha do Oeste cal. 60/65", "KG", 0.8, 1.4), ("MACA-A", "Maçã de Alcobaça Gala", "KG", 0.9, 1.6),
         ("LAR-01", "Laranja do Algarve", "KG", 0.7, 1.3), ("CX-01", "Caixa cartão 15 kg", "UN", 0.6, 1.2)],
        [("FOL-A5", "Folhetos A5 4/4 cores 135 g", "MIL", 35, 80), ("CART-350", "Cartões de visita 350 g", "CX", 12, 25),
         ("CAT-A4", "Catálogo A4 24 páginas", "UN", 2.2, 4.8), ("DES", "Design e paginação", "UN", 90, 400)],
    ][i]
    items = pick_catalog(rng, cat, rng.randint(2, 4))
    lines = []
    rate = D("0.23")
    if i == 2:
        rate = D("0.06")
    for code, name, un, lo, hi in items:
        if un == "H":
            q = rng.randint(2, 40)
        elif un == "KG":
            q = rng.randint(50, 900)
        elif un in ("M2",):
            q = D(rng.randint(50, 400)) / 10
        elif hi > 300 or code in ("ENT-01", "INST", "DES"):
            q = rng.randint(1, 3)
        else:
            q = rng.randint(1, 60)
        dsc = rng.choice([0, 0, 5]) if i == 1 else 0
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.01"), disc=dsc, code=code, un=un))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * rate)
    total = sub + tax
    ratep = int(rate * 100)
    m = lambda x: num(x, "de") + " €"
    idate = rand_date(rng)
    ddate = add_days(idate, rng.choice([30, 60, 15]))
    series = rng.choice(["A", "2026A", "FT1"])
    inv = f"FT {series}/{rng.randint(1, 2999)}"
    atcud = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZ23456789") for _ in range(8)) + "-" + inv.split("/")[1]
    po = f"ENC-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else None
    hashc = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))
    rows = "".join(
        f'<tr><td>{l["code"]}</td><td>{e(l["desc"])}</td><td class="r">{qty_str(l["qty"], "nosep_comma")}</td><td>{l["un"]}</td><td class="r">{num(l["unit"], "de")}</td>'
        f'<td class="r">{num(l["disc"], "de")}</td><td class="r">{ratep}%</td><td class="r">{num(l["amount"], "de")}</td></tr>' for l in lines)
    font = ["'Liberation Sans'", "'DejaVu Sans Condensed'", "'Liberation Sans'", "'DejaVu Serif'"][i]
    isofmt = i % 2 == 0
    fd = (lambda d: d.isoformat()) if isofmt else (lambda d: f"{d:%d/%m/%Y}")
    poh = f"<tr><td>V/ Encomenda</td><td>{po}</td></tr>" if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','12mm 14mm')}
body{{font-family:{font};font-size:8.8pt;color:#222}}
.hd{{display:flex;justify-content:space-between}} .vn{{font-size:13pt;font-weight:bold}}
.orig{{border:1px solid #222;padding:1mm 3mm;font-weight:bold;font-size:8pt;display:inline-block}}
.cli{{margin:8mm 0 0 100mm;line-height:1.4}}
h1{{font-size:14pt;margin:6mm 0 2mm 0}}
table.meta{{width:100%;border:1px solid #888}} table.meta td,table.meta th{{border:1px solid #888;padding:2px 4px;font-size:8pt}} table.meta th{{background:#e8e8e8;font-weight:normal;text-align:left}}
table.it{{width:100%;margin-top:4mm}} table.it th{{border-bottom:1px solid #222;border-top:1px solid #222;padding:3px;text-align:left;font-size:8pt}}
table.it td{{padding:3px}}
.r{{text-align:right}} th.r{{text-align:right!important}}
.bot{{display:flex;justify-content:space-between;margin-top:6mm;align-items:flex-start}}
table.iva td,table.iva th{{border:1px solid #888;padding:2px 5px;font-size:8pt}}
table.tot td{{padding:2px 6px}} table.tot tr.t td{{font-weight:bold;font-size:11pt;border-top:2px solid #222}}
.ft{{position:fixed;bottom:0;left:0;right:0;font-size:7pt;color:#444;border-top:1px solid #888;padding-top:1mm}}
</style></head><body>
<div class="hd"><div><div class="vn">{e(vn)}</div>{vaddr[0]}<br>{vaddr[1]}<br>Contribuinte n.º {nif_print}<br>Capital social: {rng.choice(['5.000,00','50.000,00','250.000,00'])} € · C.R.C. {vaddr[1].split(' ',1)[1]}</div>
<div class="r"><span class="orig">Original</span><br><br>Pág. 1/1</div></div>
<div class="cli">Exmo.(s) Sr.(s)<br><b>{e(cust[0])}</b><br>{cust[1]}<br>{cust[2]}<br>NIF: {cnif}</div>
<h1>Fatura nº {inv}</h1>
<table class="meta"><tr><th>Data de emissão</th><th>Data de vencimento</th><th>Cliente</th><th>Condições de pagamento</th><th>ATCUD</th></tr>
<tr><td>{fd(idate)}</td><td>{fd(ddate)}</td><td>{rng.randint(100,9999)}</td><td>{(ddate-idate).days} dias</td><td>{atcud}</td></tr></table>
{('<table class="meta" style="margin-top:2mm;width:50%"><tr><th>V/ Encomenda</th><th>Local de carga</th></tr><tr><td>' + po + '</td><td>N/ Armazém</td></tr></table>') if po else ''}
<table class="it"><tr><th>Código</th><th>Descrição</th><th class="r">Qtd.</th><th>Un.</th><th class="r">Preço Unit.</th><th class="r">Desc.%</th><th class="r">IVA</th><th class="r">Total</th></tr>{rows}</table>
<div class="bot"><table class="iva"><tr><th>Taxa</th><th>Incidência</th><th>Valor IVA</th><th>Motivo isenção</th></tr><tr><td>{ratep}%</td><td class="r">{num(sub,'de')}</td><td class="r">{num(tax,'de')}</td><td></td></tr></table>
<table class="tot"><tr><td>Total s/ IVA</td><td class="r">{m(sub)}</td></tr><tr><td>IVA {ratep}%</td><td class="r">{m(tax)}</td></tr><tr class="t"><td>Total</td><td class="r">{m(total)}</td></tr></table></div>
<p style="margin-top:8mm">Pagamento por transferência bancária para o IBAN {iban_for(rng,'PT')}.<br>Os bens/serviços foram colocados à disposição do adquirente na data do documento.</p>
<div class="ft">{hashc}-Processado por programa certificado n.º {rng.randint(1000,2999)}/AT · {e(vn)} · NIPC {nif}</div>
</body></html>"""
    t = truth(vn, nif_print, inv, po, idate, ddate, "EUR", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "pt_fatura",
              f"Invoice number includes the 'FT' document-type prefix as printed. ATCUD code and software certificate line are decoys. VAT rate {ratep}%." +
              (" Dates in ISO format." if isofmt else "") + " Customer NIF is a decoy; NIPC in footer = vendor NIF digits.")
    return html, t, dict(must=[m(total), inv])


# =====================================================================  9 pl_faktura
def s09_pl(rng, i):
    vendors = [
        ("Piekarnia Nowak Sp. z o.o.", ("ul. Długa 15", "80-831 Gdańsk")),
        ("Softix Polska Sp. z o.o.", ("al. Jana Pawła II 27", "00-867 Warszawa")),
        ("Zakład Usług Remontowych Jan Wiśniewski", ("ul. Krakowska 102", "31-066 Kraków")),
        ("Hurtownia Elektryczna Volt S.A.", ("ul. Przemysłowa 6", "61-001 Poznań")),
    ]
    vn, vaddr = vendors[i]
    nip = gen_pl_nip(rng)
    nip_print = nip if i % 2 == 0 else f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"
    cnip = gen_pl_nip(rng)
    cust = rng.choice([("Biuro Rachunkowe Lewandowska Sp. z o.o.", "ul. Marszałkowska 84/92 lok. 12", "00-514 Warszawa"),
                       ("Kowalski i Wspólnicy Sp. k.", "ul. Piotrkowska 120", "90-006 Łódź"),
                       ("Hotel Pod Różą Sp. z o.o.", "ul. Floriańska 14", "31-021 Kraków"),
                       ("Gminny Ośrodek Kultury", "pl. Wolności 1", "62-020 Swarzędz")])
    cat = [
        [("Chleb żytni na zakwasie 800 g", "szt.", 5, 9, "5"), ("Bułka kajzerka", "szt.", 0.6, 1.2, "5"), ("Drożdżówka z serem", "szt.", 2.5, 4.5, "5"),
         ("Tort okolicznościowy 2 kg", "szt.", 120, 220, "5"), ("Dostawa", "usł.", 30, 80, "23")],
        [("Licencja oprogramowania Softix ERP - 12 mies.", "szt.", 2400, 9600, "23"), ("Wdrożenie systemu", "godz.", 150, 260, "23"),
         ("Szkolenie użytkowników", "godz.", 180, 300, "23"), ("Abonament serwisowy", "mies.", 400, 1200, "23")],
        [("Malowanie ścian i sufitów", "m2", 18, 32, "23"), ("Gładź gipsowa", "m2", 25, 45, "23"), ("Układanie płytek", "m2", 70, 120, "23"),
         ("Robocizna - prace dodatkowe", "godz.", 60, 95, "23"), ("Wywóz gruzu", "usł.", 250, 600, "23")],
        [("Przewód YDYp 3x2,5 mm2 (krążek 100 m)", "szt.", 260, 380, "23"), ("Gniazdo podwójne z uziemieniem", "szt.", 14, 29, "23"),
         ("Wyłącznik nadprądowy B16 1P", "szt.", 12, 22, "23"), ("Rozdzielnica natynkowa 24 moduły", "szt.", 95, 180, "23"),
         ("Oprawa LED 36W 4000K", "szt.", 45, 110, "23")],
    ][i]
    items = pick_catalog(rng, cat, rng.randint(2, 5))
    lines = []
    for name, jm, lo, hi, r in items:
        if jm == "m2":
            q = D(rng.randint(100, 1200)) / 10
        elif jm in ("godz.",):
            q = rng.randint(2, 40)
        elif jm in ("usł.", "mies.") or hi > 1000:
            q = rng.randint(1, 3) if jm == "mies." else 1
        else:
            q = rng.randint(2, 120 if hi < 10 else 25)
        l = make_line(rng, name, q, price(rng, lo, hi, "0.01"), jm=jm, rate=D(r))
        l["vat"] = q2(l["amount"] * l["rate"] / 100)
        lines.append(l)
    sub = sum(l["amount"] for l in lines)
    rates = sorted({l["rate"] for l in lines}, reverse=True)
    vat_by = {r: sum(l["vat"] for l in lines if l["rate"] == r) for r in rates}
    net_by = {r: sum(l["amount"] for l in lines if l["rate"] == r) for r in rates}
    tax = sum(vat_by.values())
    total = sub + tax
    zl = "zł" if i % 2 == 0 else "PLN"
    m = lambda x: num(x, "pl") + " " + zl
    idate = rand_date(rng)
    sdate = add_days(idate, -rng.randint(0, 3))
    ddate = add_days(idate, rng.choice([7, 14, 21, 30]))
    inv = rng.choice([f"FV/{rng.randint(1, 400)}/{idate.month:02d}/{idate.year}", f"{rng.randint(1, 400)}/{idate.year}", f"FS {rng.randint(1,999)}/{idate:%m/%y}"])
    po = f"ZAM/{rng.randint(100, 999)}/{idate.year}" if rng.random() < 0.4 else None
    rows = "".join(
        f'<tr><td class="c">{k+1}</td><td>{e(l["desc"])}</td><td class="c">{l["jm"]}</td><td class="r">{qty_str(l["qty"], "nosep_comma")}</td>'
        f'<td class="r">{num(l["unit"], "pl")}</td><td class="r">{num(l["amount"], "pl")}</td><td class="c">{l["rate"]}%</td>'
        f'<td class="r">{num(l["vat"], "pl")}</td><td class="r">{num(l["amount"] + l["vat"], "pl")}</td></tr>' for k, l in enumerate(lines))
    sumrows = f'<tr class="s"><td colspan="5" class="r">Razem:</td><td class="r">{num(sub,"pl")}</td><td class="c">X</td><td class="r">{num(tax,"pl")}</td><td class="r">{num(total,"pl")}</td></tr>'
    for r in rates:
        sumrows += f'<tr><td colspan="5" class="r">w tym:</td><td class="r">{num(net_by[r],"pl")}</td><td class="c">{r}%</td><td class="r">{num(vat_by[r],"pl")}</td><td class="r">{num(net_by[r]+vat_by[r],"pl")}</td></tr>'
    font = ["'DejaVu Sans'", "'Liberation Sans'", "'DejaVu Sans Condensed'", "'Liberation Serif'"][i]
    vat_lines = "".join(f'<tr><td>VAT {r}%:</td><td class="r">{m(vat_by[r])}</td></tr>' for r in rates)
    poh = f"<br>Numer zamówienia: {po}" if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','12mm 12mm')}
body{{font-family:{font};font-size:8.5pt;color:#111}}
.top{{display:flex;justify-content:space-between}} .place td{{padding:1px 4px}} .place{{border:1px solid #777}}
h1{{text-align:center;font-size:15pt;margin:8mm 0 1mm 0}} .orig{{text-align:center;font-size:8pt;margin-bottom:5mm}}
.parties{{display:flex;gap:6mm}} .parties>div{{flex:1;border-top:2px solid #111;padding-top:2mm;line-height:1.4}} .lab{{font-weight:bold;font-size:9pt}}
table.it{{width:100%;margin-top:6mm}} table.it th{{border:1px solid #555;background:#ddd;padding:3px;font-size:7.8pt}} table.it td{{border:1px solid #999;padding:3px}}
tr.s td{{font-weight:bold}}
.r{{text-align:right}} .c{{text-align:center}}
.pay{{display:flex;justify-content:space-between;margin-top:6mm}} .pay td{{padding:2px 6px}}
.due{{font-size:12pt;font-weight:bold;border:2px solid #111;padding:2mm 4mm;margin-top:3mm}}
.sig{{display:flex;justify-content:space-between;margin-top:20mm;font-size:7pt;text-align:center}} .sig div{{width:70mm;border-top:1px dotted #111;padding-top:1mm}}
</style></head><body>
<div class="top"><div style="font-size:14pt;font-weight:bold">{e(vn.split(' Sp.')[0].split(' S.A.')[0])}</div>
<table class="place"><tr><td>Miejsce wystawienia:</td><td>{vaddr[1].split(' ',1)[1]}</td></tr><tr><td>Data wystawienia:</td><td>{idate.isoformat()}</td></tr><tr><td>Data sprzedaży:</td><td>{sdate.isoformat()}</td></tr></table></div>
<h1>Faktura VAT nr {inv}</h1><div class="orig">ORYGINAŁ</div>
<div class="parties"><div><span class="lab">Sprzedawca:</span><br>{e(vn)}<br>{vaddr[0]}<br>{vaddr[1]}<br>NIP: {nip_print}</div>
<div><span class="lab">Nabywca:</span><br>{e(cust[0])}<br>{cust[1]}<br>{cust[2]}<br>NIP: {cnip}{poh}</div></div>
<table class="it"><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>J.m.</th><th>Ilość</th><th>Cena netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>{rows}{sumrows}</table>
<div class="pay"><div><table><tr><td>Sposób płatności:</td><td>przelew</td></tr><tr><td>Termin płatności:</td><td>{ddate.isoformat()}</td></tr>
<tr><td>Numer konta:</td><td>{iban_for(rng,'PL')}</td></tr><tr><td>Bank:</td><td>{rng.choice(['PKO BP S.A.','mBank S.A.','Santander Bank Polska S.A.','ING Bank Śląski S.A.'])}</td></tr></table></div>
<div><table><tr><td>Razem netto:</td><td class="r">{m(sub)}</td></tr>{vat_lines}<tr><td>Razem brutto:</td><td class="r">{m(total)}</td></tr></table>
<div class="due">Do zapłaty: {m(total)}</div><div style="margin-top:2mm">Słownie: {polish_words(total)}</div></div></div>
<div class="sig"><div>Osoba upoważniona do odbioru</div><div>{rng.choice(['Anna Zielińska','Piotr Kamiński','Marta Wójcik'])}<br>Osoba upoważniona do wystawienia</div></div>
</body></html>"""
    t = truth(vn, nip_print, inv, po, idate, ddate, "PLN", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "pl_faktura",
              f"Currency printed as '{zl}'. Data sprzedaży (sale date) is a decoy. Buyer NIP is a decoy. VAT computed per line and summed (per-rate summary rows 'w tym' are not line items)." +
              (" Mixed VAT rates 5% and 23%." if len(rates) > 1 else (f" Only VAT rate {rates[0]}%." if rates[0] != 23 else "")))
    return html, t, dict(must=[m(total), inv])


# =====================================================================  10 in_gst
STATES = [(27, "Maharashtra", ["Mumbai", "Pune", "Nagpur"]), (29, "Karnataka", ["Bengaluru", "Mysuru"]),
          (33, "Tamil Nadu", ["Chennai", "Coimbatore"]), (24, "Gujarat", ["Ahmedabad", "Surat"]), (7, "Delhi", ["New Delhi"])]


def s10_in(rng, i):
    vendors = [("Shreeji Industrial Supplies Pvt. Ltd.", 24, "Plot No. 114, GIDC Estate, Phase II, Vatva"),
               ("Kaveri Textiles Private Limited", 33, "No. 18, Avinashi Road, Peelamedu"),
               ("Nexgen Infotech Solutions LLP", 29, "3rd Floor, 41/2 Outer Ring Road, Marathahalli"),
               ("Ganesh Electricals & Hardware", 27, "Shop No. 7, Laxmi Road, Sadashiv Peth")]
    vn, vstate, vstreet = vendors[i]
    st = next(s for s in STATES if s[0] == vstate)
    vcity = st[2][0] if i != 1 else "Coimbatore"
    gstin = gen_gstin(rng, vstate, vn)
    inter = (i == 2)
    cst = vstate if not inter else rng.choice([s[0] for s in STATES if s[0] != vstate])
    cstate = next(s for s in STATES if s[0] == cst)
    cname = rng.choice(["Sai Krupa Engineering Works", "Meridian Retail Private Limited", "Om Sai Constructions",
                        "Lotus Healthcare Pvt. Ltd.", "Bharat Agro Foods Pvt. Ltd."])
    cgstin = gen_gstin(rng, cst, cname)
    cat = [
        [("Ball Bearing 6205 ZZ", "8482", "Nos", 85, 160), ("V-Belt B-52", "4010", "Nos", 180, 320), ("Hydraulic Hose 1/2\" (per mtr)", "4009", "Mtr", 140, 260),
         ("Safety Gloves (pair)", "6116", "Pair", 35, 90), ("MS Hex Bolt M16x75 (box of 50)", "7318", "Box", 450, 900)],
        [("Cotton Shirting Fabric 58\"", "5208", "Mtr", 110, 240), ("Polyester Viscose Suiting", "5515", "Mtr", 160, 340),
         ("Cotton Bedsheet Double", "6302", "Pcs", 420, 890), ("Towel Terry 600 GSM", "6302", "Pcs", 180, 360)],
        [("Annual Maintenance Contract - Servers", "998713", "Job", 45000, 180000), ("Software Development Services", "998314", "Hrs", 1200, 2400),
         ("Cloud Hosting Charges (monthly)", "998315", "Month", 8000, 25000), ("Laptop Dell Latitude 3540", "8471", "Nos", 52000, 68000)],
        [("LED Bulb 9W B22 (Philips)", "8539", "Nos", 70, 120), ("Modular Switch 6A", "8536", "Nos", 45, 85), ("Copper Wire 1.5 sq mm (90 m coil)", "8544", "Coil", 1350, 1900),
         ("MCB 32A DP", "8536", "Nos", 420, 780), ("Ceiling Fan 1200 mm", "8414", "Nos", 1650, 2900)],
    ][i]
    items = pick_catalog(rng, cat, rng.randint(2, 5))
    lines = []
    for name, hsn, per, lo, hi in items:
        if per in ("Job", "Month"):
            q = 1 if per == "Job" else rng.randint(1, 3)
        elif per == "Hrs":
            q = rng.randint(20, 160)
        elif per == "Mtr":
            q = rng.randint(20, 600)
        elif hi > 10000:
            q = rng.randint(1, 5)
        else:
            q = rng.randint(2, 100)
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "0.50" if hi < 1000 else "50"), hsn=hsn, per=per))
    sub = sum(l["amount"] for l in lines)
    rate = D("12") if i == 1 else D("18")
    hsn_base = {}
    for l in lines:
        hsn_base[l["hsn"]] = hsn_base.get(l["hsn"], D(0)) + l["amount"]
    if inter:
        igst = sum(q2(b * rate / 100) for b in hsn_base.values())
        taxrows = [(f"IGST @ {rate}%", igst)]
    else:
        half = rate / 2
        c = sum(q2(b * half / 100) for b in hsn_base.values())
        taxrows = [(f"CGST @ {half}%", c), (f"SGST @ {half}%", c)]
    tax = sum(v for _, v in taxrows)
    raw = sub + tax
    roundoff = D(0)
    if i in (0, 3):
        roundoff = raw.quantize(D("1"), rounding="ROUND_HALF_UP") - raw
    total = raw + roundoff
    m = lambda x: num(x, "in")
    idate = rand_date(rng)
    fdt = lambda d: f"{d.day:02d}-{MON_ABBR_EN[d.month-1]}-{str(d.year)[2:]}" if i % 2 else f"{d.day}-{MON_ABBR_EN[d.month-1]}-{d.year}"
    inv = rng.choice([f"{rng.choice(['SIS','KTP','NX','GEH'])}/{idate.year % 100}-{idate.year % 100 + 1}/{rng.randint(1, 999):03d}",
                      f"{rng.randint(100, 2999)}", f"INV-{rng.randint(1000, 9999)}"])
    if idate.month < 4:
        inv = inv.replace(f"/{idate.year % 100}-{idate.year % 100 + 1}/", f"/{idate.year % 100 - 1}-{idate.year % 100}/")
    po = rng.choice([None, f"PO/{rng.randint(100, 999)}/{idate.year % 100}", f"{rng.randint(4500000000, 4599999999)}"])
    podate = add_days(idate, -rng.randint(3, 20))
    ddate = add_days(idate, 30) if i == 2 else None
    rows = ""
    for k, l in enumerate(lines):
        rows += (f'<tr><td class="c">{k+1}</td><td><b>{e(l["desc"])}</b></td><td class="c">{l["hsn"]}</td><td class="r"><b>{qty_str(l["qty"])} {l["per"]}</b></td>'
                 f'<td class="r">{m(l["unit"])}</td><td class="c">{l["per"]}</td><td class="r">{m(l["amount"])}</td></tr>')
    rows += f'<tr><td></td><td class="r"></td><td></td><td></td><td></td><td></td><td class="r" style="border-top:1px solid #000">{m(sub)}</td></tr>'
    for lab, v in taxrows:
        rows += f'<tr><td></td><td class="r"><b><i>{"Output " if i != 2 else ""}{lab}</i></b></td><td></td><td></td><td class="r">{lab.split("@")[1].strip()}</td><td></td><td class="r"><b>{m(v)}</b></td></tr>'
    if roundoff:
        rows += f'<tr><td></td><td class="r"><i>Round Off</i></td><td></td><td></td><td></td><td></td><td class="r">{"(-)" if roundoff < 0 else ""}{m(abs(roundoff))}</td></tr>'
    totq = sum(l["qty"] for l in lines) if len({l["per"] for l in lines}) == 1 else None
    rows += (f'<tr class="tot"><td></td><td class="r">Total</td><td></td><td class="r">{(qty_str(totq) + " " + lines[0]["per"]) if totq else ""}</td>'
             f'<td></td><td></td><td class="r">₹ {m(total)}</td></tr>')
    hsns = sorted({l["hsn"] for l in lines})
    hrows = ""
    for h in hsns:
        base = sum(l["amount"] for l in lines if l["hsn"] == h)
        if inter:
            hrows += f'<tr><td>{h}</td><td class="r">{m(base)}</td><td class="r">{rate}%</td><td class="r">{m(q2(base*rate/100))}</td><td class="r">{m(q2(base*rate/100))}</td></tr>'
        else:
            cc = q2(base * rate / 200)
            hrows += f'<tr><td>{h}</td><td class="r">{m(base)}</td><td class="r">{rate/2}%</td><td class="r">{m(cc)}</td><td class="r">{rate/2}%</td><td class="r">{m(cc)}</td><td class="r">{m(cc*2)}</td></tr>'
    if inter:
        hrows += f'<tr><td class="r"><b>Total</b></td><td class="r"><b>{m(sub)}</b></td><td></td><td class="r"><b>{m(tax)}</b></td><td class="r"><b>{m(tax)}</b></td></tr>'
    else:
        hrows += f'<tr><td class="r"><b>Total</b></td><td class="r"><b>{m(sub)}</b></td><td></td><td class="r"><b>{m(tax/2)}</b></td><td></td><td class="r"><b>{m(tax/2)}</b></td><td class="r"><b>{m(tax)}</b></td></tr>'
    if inter:
        hhead = '<tr><th rowspan="2">HSN/SAC</th><th rowspan="2">Taxable Value</th><th colspan="2">Integrated Tax</th><th rowspan="2">Total Tax Amount</th></tr><tr><th>Rate</th><th>Amount</th></tr>'
    else:
        hhead = '<tr><th rowspan="2">HSN/SAC</th><th rowspan="2">Taxable Value</th><th colspan="2">Central Tax</th><th colspan="2">State Tax</th><th rowspan="2">Total Tax Amount</th></tr><tr><th>Rate</th><th>Amount</th><th>Rate</th><th>Amount</th></tr>'
    rupees = int(total)
    paise = int((total - rupees) * 100)
    words = f"INR {indian_words(rupees)}" + (f" and {indian_words(paise)} paise" if paise else "") + " Only"
    taxwords = f"INR {indian_words(int(tax))}" + (f" and {indian_words(int((tax - int(tax)) * 100))} paise" if (tax - int(tax)) else "") + " Only"
    font = ["'DejaVu Sans'", "'Liberation Sans'", "'Liberation Sans Narrow'", "'DejaVu Sans Condensed'"][i]
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('A4','8mm 9mm')}
body{{font-family:{font};font-size:8pt;color:#000}}
.t{{text-align:center;font-weight:bold;font-size:11pt}} .sub{{text-align:right;font-size:7pt;font-style:italic}}
table{{width:100%}} td,th{{vertical-align:top}}
table.g td{{border:1px solid #000;padding:2px 3px}}
table.it{{border:1px solid #000}} table.it th{{border:1px solid #000;padding:2px;font-weight:normal}} table.it td{{border-left:1px solid #000;border-right:1px solid #000;padding:2px 3px}}
table.it tr.tot td{{border:1px solid #000;font-weight:bold;font-size:9pt}}
table.h th,table.h td{{border:1px solid #000;padding:2px 3px}} table.h th{{font-weight:normal}}
.r{{text-align:right}} .c{{text-align:center}} .sm{{font-size:7pt}}
</style></head><body>
<div class="t">Tax Invoice</div><div class="sub">(ORIGINAL FOR RECIPIENT)</div>
<table class="g"><tr><td rowspan="3" style="width:50%"><b>{e(vn)}</b><br>{vstreet}<br>{vcity} - {rng.randint(380001, 600099)}<br>GSTIN/UIN: {gstin}<br>State Name : {st[1]}, Code : {vstate:02d}<br>E-Mail : accounts@{vn.split()[0].lower()}.in</td>
<td>Invoice No.<br><b>{inv}</b></td><td>Dated<br><b>{fdt(idate)}</b></td></tr>
<tr><td>Delivery Note<br>{rng.randint(100,999)}</td><td>Mode/Terms of Payment<br>{'30 Days' if ddate else rng.choice(['Immediate','Advance','15 Days'])}</td></tr>
<tr><td>Buyer's Order No.<br>{po or ''}</td><td>Dated<br>{fdt(podate) if po else ''}</td></tr>
<tr><td rowspan="2"><span class="sm">Buyer (Bill to)</span><br><b>{e(cname)}</b><br>{rng.randint(1,99)}, {rng.choice(['MG Road','Station Road','Industrial Area','Ring Road'])}<br>{cstate[2][0]}<br>GSTIN/UIN : {cgstin}<br>State Name : {cstate[1]}, Code : {cst:02d}</td>
<td>Dispatch Doc No.<br>{rng.randint(1000,9999)}</td><td>Delivery Note Date<br>{fdt(add_days(idate,-1))}</td></tr>
<tr><td>Dispatched through<br>{rng.choice(['By Road','VRL Logistics','Blue Dart','Self'])}</td><td>Destination<br>{cstate[2][0]}{('<br>Due Date: ' + fdt(ddate)) if ddate else ''}</td></tr></table>
<table class="it"><tr><th>Sl<br>No.</th><th>Description of Goods</th><th>HSN/SAC</th><th>Quantity</th><th>Rate</th><th>per</th><th>Amount</th></tr>{rows}</table>
<table class="g"><tr><td>Amount Chargeable (in words)<br><b>{words}</b></td><td class="r" style="width:20%"><i>E. &amp; O.E</i></td></tr></table>
<table class="h">{hhead}{hrows}</table>
<table class="g"><tr><td style="width:55%">Tax Amount (in words) : <b>{taxwords}</b><br><br>Company's PAN : {gstin[2:12]}<br><br><u>Declaration</u><br>We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.</td>
<td>Company's Bank Details<br>Bank Name : {rng.choice(['HDFC Bank','State Bank of India','ICICI Bank','Axis Bank'])}<br>A/c No. : {rng.randint(10**11, 10**12-1)}<br>Branch &amp; IFS Code : {vcity} &amp; {rng.choice(['HDFC','SBIN','ICIC','UTIB'])}0{rng.randint(100000,999999)}<br><br>
<div class="r">for <b>{e(vn)}</b><br><br><br>Authorised Signatory</div></td></tr></table>
<div class="c sm">This is a Computer Generated Invoice</div>
</body></html>"""
    t = truth(vn, gstin, inv, po, idate, ddate, "INR", sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "in_gst",
              ("Inter-state supply: single IGST line. " if inter else "Intra-state: tax = CGST + SGST. ") +
              (f"Total includes Round Off of {roundoff} so subtotal+tax != total by the round-off. " if roundoff else "") +
              "Indian digit grouping. Tax computed per HSN and summed; the HSN summary 'Total' row shows the total tax. Buyer GSTIN, Company's PAN and delivery-note/dispatch numbers are decoys." +
              (" Buyer's Order No. is the PO." if po else ""))
    return html, t, dict(must=[m(total), inv], adj=roundoff)


# =====================================================================  11 word_processor (UK/US small business)
def s11_word(rng, i):
    cfg = [
        dict(vendor="Blue Heron Landscaping Ltd", logo="Blue Heron", tag="LANDSCAPING", country="UK", cur="GBP", sym="£",
             addr=["Unit 3, Mill Lane Business Park", "Frome, Somerset BA11 2RE"], phone="01373 555 219", rate=D("0.20"), taxlabel="VAT @ 20%",
             items=[("Lawn mowing and edging (per visit)", 35, 65), ("Hedge trimming", 80, 240), ("Supply and lay turf (m²)", 6, 11),
                    ("Garden waste removal", 45, 120), ("Patio jet washing", 90, 220)]),
        dict(vendor="Cedar Ridge Plumbing LLC", logo="CEDAR RIDGE", tag="PLUMBING &amp; HEATING", country="US", cur="USD", sym="$",
             addr=["1187 Old Mill Road", "Asheville, NC 28806"], phone="(828) 555-0193", rate=D("0.07"), taxlabel="Sales Tax (7.00%)",
             items=[("Service call / diagnostic", 89, 149), ("Labor - licensed plumber (hours)", 95, 135), ("50 gal. gas water heater", 890, 1390),
                    ("PEX fittings and supplies", 25, 140), ("Drain cleaning - main line", 175, 395)]),
        dict(vendor="Maple Street Design Co.", logo="Maple Street", tag="design co.", country="US", cur="USD", sym="$",
             addr=["42 Maple Street, Suite 2", "Burlington, VT 05401"], phone="(802) 555-0147", rate=D("0"), taxlabel="Tax",
             items=[("Logo design - 3 concepts", 600, 1400), ("Brand guidelines document", 450, 900), ("Website design (hours)", 65, 95),
                    ("Business card layout", 120, 250), ("Stock photography license", 15, 60)]),
        dict(vendor="Whitmore &amp; Grey Electrical Ltd", logo="WHITMORE &amp; GREY", tag="Electrical Contractors", country="UK", cur="GBP", sym="£",
             addr=["14 Castle Street", "Shrewsbury SY1 2BQ"], phone="01743 555 822", rate=D("0.20"), taxlabel="VAT 20%",
             items=[("Electrician labour (hours)", 45, 65), ("Consumer unit replacement (18th Ed.)", 380, 620), ("EICR inspection &amp; certificate", 150, 260),
                    ("LED downlights supplied and fitted", 28, 45), ("Sundries and fixings", 10, 45)]),
    ]
    c = cfg[i]
    vtax = gen_gb_vat(rng) if c["country"] == "UK" else None
    vtax_print = f"GB {vtax[2:5]} {vtax[5:9]} {vtax[9:]}" if vtax else None
    items = pick_catalog(rng, c["items"], rng.randint(2, 5))
    lines = []
    for name, lo, hi in items:
        if "(hours)" in name:
            q = D(rng.randint(2, 30)) / 2
        elif "(m²)" in name or "downlights" in name or "per visit" in name:
            q = rng.randint(2, 40 if "m²" in name else 12)
        else:
            q = 1
        lines.append(make_line(rng, name, q, price(rng, lo, hi, "1" if hi > 100 else "0.50")))
    sub = sum(l["amount"] for l in lines)
    tax = q2(sub * c["rate"])
    total = sub + tax
    m = lambda x: c["sym"] + num(x, "en")
    idate = rand_date(rng)
    us = c["country"] == "US"
    fd = (lambda d: f"{d.month}/{d.day}/{d.year}") if us else (lambda d: f"{d:%d/%m/%Y}")
    inv = rng.choice([str(rng.randint(1001, 1999)), f"{idate.year}-{rng.randint(10, 99)}", f"INV{rng.randint(100, 999)}"])
    po = rng.choice([None, f"{rng.randint(1000, 9999)}", f"PO-{rng.randint(10000, 99999)}"])
    terms = rng.choice(["Net 30", "Net 15", "Due on receipt", "Net 30"])
    show_due = rng.random() < 0.5 and terms != "Due on receipt"
    ddate = add_days(idate, int(terms.split()[1])) if show_due else None
    cust = rng.choice([("The Old Forge Tearoom", "High Street", "Bruton BA10 0AB"), ("Ashdown Estates Ltd", "3 Church Road", "Bath BA1 1LT")] if not us else
                      [("Riverside Dental Group, PC", "300 Riverside Dr", "Asheville, NC 28801"), ("Oakwood Homeowners Assn.", "PO Box 2291", "Burlington, VT 05407")])
    rows = "".join(f'<tr><td>{l["desc"]}</td><td class="c">{qty_str(l["qty"])}</td><td class="r">{num(l["unit"], "en")}</td><td class="r">{num(l["amount"], "en")}</td></tr>' for l in lines)
    rows += '<tr><td>&nbsp;</td><td></td><td></td><td></td></tr>' * max(0, 6 - len(lines))
    font = ["'Liberation Serif'", "'Liberation Sans'", "'DejaVu Serif'", "'Liberation Sans'"][i]
    accent = ["#1b6e8a", "#7a3e12", "#a0522d", "#333366"][i]
    taxrow = f'<tr><td>{c["taxlabel"]}</td><td class="r">{m(tax)}</td></tr>'
    duerow = f"<tr><td>Due Date</td><td>{fd(ddate)}</td></tr>" if ddate else ""
    porow = f"<tr><td>P.O. #</td><td>{po}</td></tr>" if po else ""
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css('Letter' if us else 'A4','18mm 18mm')}
body{{font-family:{font};font-size:10.5pt;color:#000}}
.top{{display:flex;justify-content:space-between;align-items:flex-start}}
.logo{{font-size:26pt;font-weight:bold;color:{accent};line-height:1}} .tag{{font-size:10pt;letter-spacing:3px;color:{accent};text-transform:uppercase}}
.inv{{font-size:30pt;color:#8c8c8c;font-weight:bold;letter-spacing:2px;text-align:right}}
.meta{{margin-left:auto;margin-top:2mm}} .meta td{{border:1px solid #999;padding:2px 8px}} .meta td:first-child{{background:#e6e6e6;font-weight:bold}}
.addr{{margin-top:3mm;font-size:9.5pt}}
.bs{{display:flex;gap:10mm;margin-top:8mm}} .bs>div{{flex:1}} .bs .h{{background:{accent};color:#fff;font-weight:bold;padding:2px 6px}} .bs .b{{padding:3px 6px;border:1px solid #ccc;min-height:20mm}}
table.it{{width:100%;margin-top:8mm}} table.it th{{background:{accent};color:#fff;border:1px solid #666;padding:4px}} table.it td{{border:1px solid #999;padding:4px 6px}}
.r{{text-align:right}} .c{{text-align:center}}
.bot{{display:flex;justify-content:space-between;margin-top:4mm}}
table.tt td{{padding:3px 8px}} table.tt tr.b td{{font-weight:bold;background:#e6e6e6;border-top:2px solid #000;font-size:12pt}}
.thanks{{margin-top:12mm;text-align:center;font-style:italic;color:{accent}}}
</style></head><body>
<div class="top"><div><div class="logo">{c['logo']}</div><div class="tag">{c['tag']}</div>
<div class="addr">{'<br>'.join(c['addr'])}<br>Phone {c['phone']}{('<br>VAT Reg. No. ' + vtax_print) if vtax else ''}</div></div>
<div><div class="inv">INVOICE</div><table class="meta"><tr><td>Invoice #</td><td>{inv}</td></tr><tr><td>Date</td><td>{fd(idate)}</td></tr>{porow}<tr><td>Terms</td><td>{terms}</td></tr>{duerow}</table></div></div>
<div class="bs"><div><div class="h">Bill To</div><div class="b">{'<br>'.join(cust)}</div></div><div><div class="h">Ship To / Job Site</div><div class="b">{cust[0]}<br>{rng.randint(2,300)} {rng.choice(['Elm','Oak','Park','Mill'])} {rng.choice(['Street','Road','Lane'])}<br>{cust[2]}</div></div></div>
<table class="it"><tr><th>Description</th><th style="width:14mm">Qty</th><th style="width:28mm">Rate</th><th style="width:30mm">Amount</th></tr>{rows}</table>
<div class="bot"><div style="font-size:9pt;width:55%">Make all checks payable to <b>{c['vendor']}</b>.<br>{'Bank transfer: Sort code ' + str(rng.randint(10,99)) + '-' + str(rng.randint(10,99)) + '-' + str(rng.randint(10,99)) + ', Account ' + str(rng.randint(10**7,10**8-1)) if not us else 'Questions? Call us at ' + c['phone'] + '.'}<br>Terms: {terms}.</div>
<table class="tt"><tr><td>Subtotal</td><td class="r">{m(sub)}</td></tr>{taxrow}<tr><td>Total</td><td class="r">{m(total)}</td></tr>
<tr><td>Payments/Credits</td><td class="r">{m(D(0))}</td></tr><tr class="b"><td>Balance Due</td><td class="r">{m(total)}</td></tr></table></div>
<div class="thanks">Thank you for your business!</div>
</body></html>"""
    vname = c["vendor"].replace("&amp;", "&")
    t = truth(vname, vtax_print, inv, po, idate, ddate, c["cur"], sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "word_processor",
              f"Terms '{terms}'" + (" with an explicit Due Date." if ddate else "; no due date printed, so due_date is null.") +
              (" Zero tax printed ($0.00)." if tax == 0 else "") + (" No seller tax id (US)." if us else "") + " Ship-to block is a decoy.")
    return html, t, dict(must=[m(total), inv])


# =====================================================================  12 receipt
def s12_receipt(rng, i):
    idate = rand_date(rng)
    tm = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    if i in (0, 1):
        de = True
        shop = [("Bäckerei & Café Sonnenkorn GmbH", "Sonnenkorn", "Marktstraße 4", "72070 Tübingen"),
                ("Werkzeug Huber OHG", "WERKZEUG HUBER", "Gewerbering 17", "85356 Freising")][i]
        cur = "EUR"
        if i == 0:
            cat = [("Kaffee Crema", 2.6, 3.4, "B"), ("Cappuccino", 3.2, 3.9, "B"), ("Butterbrezel", 1.9, 2.6, "B"), ("Laugenbrezel", 0.9, 1.3, "B"),
                   ("Vollkornbrot 750g", 3.8, 4.9, "B"), ("Apfelstrudel", 3.4, 4.2, "B"), ("Mineralwasser 0,5l", 2.2, 2.9, "A"),
                   ("Kaffeebohnen 500g", 9.9, 14.9, "B"), ("Thermobecher", 12.9, 19.9, "A")]
            rates = {"A": D("19"), "B": D("7")}
        else:
            cat = [("Akku-Bohrschrauber 18V", 89, 149, "A"), ("Bit-Set 32-tlg.", 12.9, 24.9, "A"), ("Schrauben 4x40 (200 St.)", 5.49, 8.99, "A"),
                   ("Dübel 8mm (100 St.)", 4.29, 6.99, "A"), ("Malerkrepp 50m", 3.49, 5.49, "A"), ("Arbeitshandschuhe Gr. 9", 4.99, 9.99, "A"),
                   ("Kabelbinder schwarz 100 St.", 2.99, 4.99, "A")]
            rates = {"A": D("19")}
        vtax = gen_de_vat(rng) if i == 0 else None
        stnr = gen_de_stnr(rng)
    elif i == 2:
        de = False
        shop = ("Kettle & Crumb Ltd", "KETTLE &amp; CRUMB", "22 Fore Street", "Totnes TQ9 5RP")
        cur = "GBP"
        cat = [("Flat White", 3.1, 3.8, "A"), ("Sourdough Loaf", 4.2, 5.5, "Z"), ("Sausage Roll", 3.2, 4.1, "A"), ("Scone", 2.6, 3.4, "Z"),
               ("Jar of Honey 340g", 6.5, 8.9, "Z"), ("Sparkling Water", 1.9, 2.6, "A"), ("Gift Card Holder", 1.0, 2.0, "A")]
        rates = {"A": D("20"), "Z": D("0")}
        vtax = gen_gb_vat(rng)
        stnr = None
    else:
        de = False
        shop = ("Versmarkt De Linde B.V.", "VERSMARKT DE LINDE", "Lindenlaan 21", "6711 KJ Ede")
        cur = "EUR"
        cat = [("Halfvolle melk 1L", 1.09, 1.39, "L"), ("Volkoren brood", 2.49, 3.29, "L"), ("Goudse kaas jong belegen", 11.9, 14.9, "L"),
               ("Bananen", 1.89, 2.39, "L"), ("Afwasmiddel 500ml", 1.99, 3.49, "H"), ("Bloemen boeket", 4.99, 9.99, "L"), ("Batterijen AA 4st", 3.99, 6.99, "H")]
        rates = {"L": D("9"), "H": D("21")}
        vtax = gen_nl_btw(rng)
        stnr = None
    items = pick_catalog(rng, cat, rng.randint(3, 7))
    lines = []
    for name, lo, hi, code in items:
        weighed = (("Kaese" in name) or ("kaas" in name) or name == "Bananen")
        if weighed:
            q = D(rng.randint(250, 1600)) / 1000
            up = price(rng, lo, hi, "0.10")
        else:
            q = rng.choices([1, 2, 3, 4], [6, 3, 1, 1])[0]
            up = price(rng, lo, hi, "0.10" if hi < 20 else "1") - (D("0.01") if rng.random() < 0.5 and hi < 20 else 0)
        lines.append(make_line(rng, name, q, up, code=code, weighed=weighed))
    total = sum(l["amount"] for l in lines)
    groups = []
    for code, r in rates.items():
        g = sum(l["amount"] for l in lines if l["code"] == code)
        if g == 0:
            continue
        net = q2(g / (1 + r / 100))
        groups.append((code, r, net, g - net, g))
    sub = sum(g[2] for g in groups)
    tax = sum(g[3] for g in groups)
    loc = "de" if (de or i == 3) else "en"
    n = lambda x: num(x, loc)
    sym = {"EUR": "EUR", "GBP": "£"}[cur]
    rno = rng.randint(1000, 99999)
    W = 40

    def row(l, r, w=W):
        l = str(l)
        r = str(r)
        return e(l) + " " * max(1, w - len(l) - len(r)) + e(r)
    out = []
    for l in lines:
        if l["weighed"]:
            out.append(row(l["desc"], ""))
            out.append(row(f'  {qty_str(l["qty"], loc)} kg x {n(l["unit"])}/kg', f'{n(l["amount"])} {l["code"]}'))
        else:
            out.append(row(f'{l["qty"]} x {l["desc"]}', f'{n(l["amount"])} {l["code"]}'))
            if l["qty"] > 1:
                out.append(row(f'    à {n(l["unit"])}' if de else f'    @ {n(l["unit"])}', ""))
    items_html = "<br>".join(out)
    paid_cash = rng.random() < 0.5
    given = (total // 10 + 1) * 10 if paid_cash else total
    if de:
        hdr_tot = row("SUMME EUR", n(total))
        big = f'<div class="big">{row("TOTAL", n(total), 30)}</div>'
        vat_head = row(f'{"MwSt":<6}{"Netto":>10}{"MwSt":>9}', "Brutto")
        vat_rows = "<br>".join(row(f'{c} {int(r):>2}% {n(net):>10}{n(v):>9}', n(g)) for c, r, net, v, g in groups)
        pay = (row("Bar", n(given)) + "<br>" + row("Rückgeld", n(given - total))) if paid_cash else row("EC-Karte", n(total))
        head = f'{shop[2]}<br>{shop[3]}<br>Tel. 0{rng.randint(7000,8999)} {rng.randint(10000,99999)}<br>' + (f'USt-IdNr. {vtax}<br>' if vtax else '') + f'St.-Nr. {stnr}'
        foot = (f'Bon-Nr. {rno}&nbsp;&nbsp; Kasse {rng.randint(1,4)}<br>{idate:%d.%m.%Y} {tm}<br>Es bediente Sie: {rng.choice(["Anna","Lukas","Mehmet","Sabine"])}<br><br>'
                f'TSE-Transaktion: {rng.randint(10000,99999)}<br>TSE-Start: {idate.isoformat()}T{tm}:{rng.randint(10,59)}<br>TSE-Ende: {idate.isoformat()}T{tm}:{rng.randint(10,59)}<br>'
                f'TSE-Seriennr.: {"".join(rng.choice("0123456789abcdef") for _ in range(24))}<br>TSE-Signaturzähler: {rng.randint(10000,999999)}<br><br>Vielen Dank für Ihren Einkauf!<br>Umtausch nur mit Kassenbon.')
        inv = str(rno)
        title = "Kassenbon"
        taxid = vtax if vtax else stnr
    elif i == 2:
        hdr_tot = row("SUBTOTAL", n(total))
        big = f'<div class="big">{row("TOTAL", "£" + n(total), 30)}</div>'
        vat_head = row(f'{"VAT Rate":<8}{"Net":>10}{"VAT":>9}', "Gross")
        vat_rows = "<br>".join(row(f'{c} {int(r):>3}%  {n(net):>10}{n(v):>9}', n(g)) for c, r, net, v, g in groups)
        pay = (row("CASH", n(given)) + "<br>" + row("CHANGE", n(given - total))) if paid_cash else row("VISA CONTACTLESS", n(total))
        head = f'{shop[2]}<br>{shop[3]}<br>VAT No. {vtax}'
        foot = f'Receipt No. {rno}<br>{idate:%d/%m/%Y} {tm}&nbsp;&nbsp;Till {rng.randint(1,3)}<br>Served by {rng.choice(["Jess","Tom","Priya"])}<br><br>Kettle &amp; Crumb Ltd, reg. in England &amp; Wales No. {rng.randint(10**7, 10**8-1)}<br>Thank you - see you soon!'
        inv = str(rno)
        title = "VAT RECEIPT"
        taxid = vtax
    else:
        hdr_tot = row("SUBTOTAAL", n(total))
        big = f'<div class="big">{row("TOTAAL", n(total), 30)}</div>'
        vat_head = row(f'{"BTW":<5}{"over":>12}', "BTW")
        vat_rows = "<br>".join(row(f'{int(r):>2}%  {n(net):>12}', n(v)) for c, r, net, v, g in groups)
        pay = (row("Contant", n(given)) + "<br>" + row("Wisselgeld", n(given - total))) if paid_cash else row("PIN", n(total))
        head = f'{shop[2]}<br>{shop[3]}<br>BTW {vtax}'
        foot = f'Bonnr. {rno}<br>{idate:%d-%m-%Y} {tm}&nbsp;&nbsp;Kassa {rng.randint(1,6)}<br>U bent geholpen door {rng.choice(["Sanne","Daan","Fatima"])}<br><br>Bedankt en tot ziens!'
        inv = str(rno)
        title = "KASSABON"
        taxid = vtax
    if i == 3:
        vat_rows = "<br>".join(row(f'{int(r):>2}%  {n(net):>12}', n(v)) for c, r, net, v, g in groups) + "<br>" + row("Totaal BTW", n(tax))
    nlines = 9 + len(out) + 4 + 2 + len(groups) + 2 + foot.count("<br>") + 1
    height = 24 + nlines * 3.55 + 7 * 4.5
    font = ["'DejaVu Sans Mono'", "'Liberation Mono'", "'DejaVu Sans Mono'", "'Liberation Mono'"][i]
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{page_css(f'80mm {height:.0f}mm','0')}
body{{font-family:{font};font-size:7.6pt;color:#111;padding:5mm 4mm;width:80mm;line-height:1.3}}
.m{{white-space:pre}}
.c{{text-align:center}} .shop{{font-size:12pt;font-weight:bold;text-align:center;margin-bottom:1mm}}
hr{{border:none;border-top:1px dashed #333;margin:2mm 0}} .big{{font-size:10pt;font-weight:bold}}
</style></head><body>
<div class="shop">{shop[1]}</div><div class="c">{e(shop[0]) if i != 2 else 'Kettle &amp; Crumb Ltd'}<br>{head}</div><hr><div class="c"><b>{title}</b></div><hr>
<div class="m">{items_html}</div><hr><div class="m">{hdr_tot}</div><div class="m">{big}</div><hr><div class="m">{pay}</div><hr><div class="m">{vat_head}<br>{vat_rows}</div><hr><div class="c">{foot}</div>
</body></html>"""
    vname = shop[0]
    t = truth(vname, taxid, inv, None, idate, None, cur, sub, tax, total,
              [(l["amount"], l["qty"]) for l in lines], "receipt",
              "Narrow till receipt. Line amounts are VAT-INCLUSIVE (gross) as printed, so sum(line_items) == total, not subtotal; subtotal = sum of printed net values in the VAT breakdown. "
              "invoice_number is the receipt/Bon number. Cash given/change are decoys." +
              (" With several VAT rates the net subtotal is not printed as one figure (sum of per-rate net values)." if i in (2, 3) and len(groups) > 1 else "") +
              (" Only the Steuernummer (St.-Nr.) is printed as seller tax id." if (de and not vtax) else "") +
              (" Weighed items have fractional kg quantities." if any(l["weighed"] for l in lines) else ""))
    return html, t, dict(must=[n(total), inv], lines_sum="total")
