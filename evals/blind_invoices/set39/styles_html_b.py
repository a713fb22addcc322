"""Chromium (HTML) styles for set 39, second part (04 Luang Prabang tour operator's ໃບເກັບເງິນ in Lao with English
sub-labels on an A5 LANDSCAPE page with a boxed grid, VAT 10 % in whole kip, a DEPOSIT deducted below the total and, on
two, a US-dollar counter-value, 05 Curitiba equipment-rental company's FATURA DE LOCAÇÃO in Portuguese with NO TAX (the rental of
movable goods is outside the ISS), monthly rows, on two an early-return credit as a NEGATIVE row, and a bank-slip stub)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import lo_date
from invoice_kit import css, de, digits, en, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, pt_date, truth
from stdnum.br import cnpj

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Luang Prabang (VAT 10 %, LAK), A5 landscape, deposit deducted
LP_V = [
    ("ບໍລິສັດ ພູສີ ທ່ອງທ່ຽວ ຈຳກັດ", "Phousi Travel Co., Ltd", "ບ້ານ ວັດແສນ, ເມືອງ ຫຼວງພະບາງ", "#b45309"),
    ("ບໍລິສັດ ນ້ຳຄານ ຣີເວີ ທົວ ຈຳກັດ", "Nam Khan River Tours Co., Ltd", "ບ້ານ ຊຽງມ່ວນ, ເມືອງ ຫຼວງພະບາງ", "#0e7490"),
    ("ບໍລິສັດ ຕາດກວາງຊີ ເດີນທາງ ຈຳກັດ", "Kuang Si Journeys Co., Ltd", "ບ້ານ ປ່າຂາມ, ເມືອງ ຫຼວງພະບາງ", "#15803d"),
    ("ບໍລິສັດ ແມ່ນ້ຳຂອງ ເຮືອ ແລະ ທ່ອງທ່ຽວ ຈຳກັດ", "Mekong Boat & Travel Co., Ltd", "ບ້ານ ຫົວຊຽງ, ເມືອງ ຫຼວງພະບາງ", "#7e22ce"),
]
LP_B = [
    ("Asia Discovery Travel GmbH", "Leopoldstraße 12, München"),
    ("ໂຮງແຮມ ມໍລະດົກ ຫຼວງພະບາງ", "ບ້ານ ວັດໜອງ, ຫຼວງພະບາງ"),
    ("Bangkok Incentive Tours Co., Ltd", "Sukhumvit Soi 21, Bangkok"),
    ("ສະມາຄົມ ຄູອາຈານ ວຽງຈັນ", "ນະຄອນຫຼວງ ວຽງຈັນ"),
]
LP_ROWS = [  # kip
    ("ທ່ອງທ່ຽວຕາດກວາງຊີ / Kuang Si waterfall tour", "ຄົນ", 2, 40, 280000, 550000),
    ("ລ່ອງເຮືອໄປຖ້ຳຕິ່ງ / Pak Ou caves boat trip", "ຄົນ", 2, 40, 250000, 480000),
    ("ໄກດ໌ພາສາອັງກິດ / English-speaking guide", "ມື້", 1, 6, 600000, 1200000),
    ("ລົດຕູ້ພ້ອມຄົນຂັບ / Van with driver", "ມື້", 1, 6, 900000, 1800000),
    ("ຫ້ອງພັກ ໂຮງແຮມ / Hotel room, double", "ຄືນ", 1, 20, 650000, 1900000),
    ("ອາຫານແລງ ລາວ / Lao dinner set", "ຄົນ", 2, 40, 150000, 320000),
    ("ຊັ້ນຮຽນເຮັດອາຫານ / Cooking class", "ຄົນ", 2, 20, 300000, 520000),
    ("ປີ້ເຂົ້າຊົມ ພະລາດຊະວັງ / Royal Palace tickets", "ປີ້", 2, 40, 30000, 60000),
]
LP_HTML = """<html lang="lo"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:6.6pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:5px} table.g th{border:1px solid #333;background:#f3efe6;font-size:6.8pt;padding:2px 3px} table.g td{border:1px solid #555;padding:2px 3px;font-size:7.4pt} td.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:12pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vname_en }}</div><div class="small">{{ vaddr }} · ໂທ +856 71 {{ tel }} · ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ (TIN): {{ vid }} · ໃບທະບຽນວິສາຫະກິດ {{ reg }}</div></td>
<td style="text-align:right;vertical-align:top;white-space:nowrap"><div style="font-size:13pt;font-weight:bold">ໃບເກັບເງິນ / INVOICE</div><div>ເລກທີ / No.: <b>{{ no }}</b></div><div>ວັນທີ / Date: <b>{{ date }}</b></div></td></tr></table>
<table style="width:100%;margin-top:4px;font-size:7.6pt;border:1px solid #333"><tr><td style="width:50%;padding:3px;vertical-align:top"><span class="small">ລູກຄ້າ / Customer</span><br><b>{{ bname }}</b>, {{ baddr }}</td>
<td style="padding:3px;vertical-align:top">{% for k, v in head %}<div><span class="small">{{ k }}:</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="g"><tr><th>ລ/ດ</th><th>ລາຍການ / Description</th><th>ຫົວໜ່ວຍ</th><th>ຈຳນວນ / Qty</th><th>ລາຄາ / Price</th><th>ເປັນເງິນ / Amount</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r">ລວມ / Subtotal</td><td class="r">{{ net }}</td></tr>
<tr><td colspan="5" class="r">ອາກອນມູນຄ່າເພີ່ມ / VAT 10%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold"><td colspan="5" class="r">ລວມທັງໝົດ / Grand total (ກີບ LAK)</td><td class="r">{{ total }}</td></tr>
<tr><td colspan="5" class="r">ຫັກເງິນມັດຈຳ / Less deposit received {{ ddate }}</td><td class="r">-{{ dep }}</td></tr>
<tr style="font-weight:bold"><td colspan="5" class="r">ຍອດເຫຼືອທີ່ຕ້ອງຊຳລະ / Balance to pay</td><td class="r">{{ bal }}</td></tr></table>
<div style="font-size:7.2pt;margin-top:4px">{% if usd %}ທຽບເທົ່າ / Equivalent: USD {{ usd }} (1 USD = {{ fx }} ກີບ) · {% endif %}{{ pay }} · {{ bank }}, ເລກບັນຊີ / Account {{ acct }}</div>
<table style="width:100%;margin-top:12px;font-size:7.2pt"><tr><td>ຜູ້ຮັບເງິນ / Received by ________</td><td>ຜູ້ອອກໃບເກັບເງິນ / Issued by ________ {{ clerk }}</td></tr></table>
</body></html>"""


@style("04", "la_lpq_luang_prabang_bai_kep_ngoen_vat_10_deposit_a5")
def s04(rng, i):
    vname, vname_en, vaddr, color = LP_V[i]
    bname, baddr = LP_B[i]
    d = rand_date(rng)
    items = lines(
        rng, LP_ROWS, [rng.randint(1, 2), rng.randint(3, 5), rng.randint(4, 7), rng.randint(2, 4)][i], D("5000")
    )
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.1"))
    total = net + tax
    dep = q0(total * D(rng.choice([20, 30, 50])) / 100 / 10000) * 10000
    bal = total - dep
    vid = digits(rng, 12, True)
    no = [
        f"PT{d.strftime('%y')}-{rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}",
        f"KSJ/{d.year}/{rng.randint(10, 999)}",
        f"MB-{rng.randint(10000, 99999)}",
    ][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lo_date, lambda x: x.strftime("%d/%m/%Y"), lo_date][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i in (0, 2) else None
    term = None if due else "ຊຳລະກ່ອນເດີນທາງ / payable before departure"
    po = [f"ADT-{rng.randint(1000, 9999)}", None, f"BIT{rng.randint(10000, 99999)}", None][i]
    tour = d + dt.timedelta(days=rng.randint(3, 40))
    head = [("ວັນເດີນທາງ / Tour date", tour.strftime("%d/%m/%Y")), ("ຈຳນວນຄົນ / Pax", str(rng.randint(2, 40)))]
    if due:
        head.append(("ກຳນົດຊຳລະ / Due date", fd(due)))
    if po:
        head.append(("ເລກໃບສັ່ງຊື້ / Your ref.", po))
    usd = i in (0, 2)
    fx = D(rng.randint(21400, 21900))
    ctx = dict(
        color=color,
        vname=vname,
        vname_en=vname_en,
        vaddr=vaddr,
        tel=f"{rng.randint(210, 269)} {rng.randint(100, 999)}",
        vid=vid,
        reg=f"{rng.randint(100, 999)}/{rng.choice(['ຂຫລ', 'ອຂຫລ'])}",
        no=no,
        date=fd(d),
        bname=bname,
        baddr=baddr,
        head=head,
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"], 0), "a": en(x["amount"], 0)}
            for x in items
        ],
        net=en(net, 0),
        tax=en(tax, 0),
        total=en(total, 0),
        dep=en(dep, 0),
        bal=en(bal, 0),
        ddate=(d - dt.timedelta(days=rng.randint(5, 60))).strftime("%d/%m/%Y"),
        usd=en(q2(total / fx)) if usd else None,
        fx=en(fx, 0),
        pay=(f"ກະລຸນາຊຳລະພາຍໃນ {fd(due)}" if due else term),
        bank=rng.choice(["BCEL ທະນາຄານການຄ້າຕ່າງປະເທດລາວ", "LDB ທະນາຄານພັດທະນາລາວ", "JDB ທະນາຄານຮ່ວມພັດທະນາ"]),
        acct=f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 8)}",
        clerk=rng.choice(["ນ. ແສງເດືອນ", "ທ. ບຸນມີ", "ນ. ມະນີວັນ", "ທ. ສົມພອນ"]),
    )
    notes = (
        "Luang Prabang (Laos) tour operator's ໃບເກັບເງິນ / INVOICE in Lao with English sub-labels, on an A5 LANDSCAPE page with a boxed grid, in whole kip with commas ('1,234,000'), VAT 10 % (restored from 7 % in 2024), and below the grand total a DEPOSIT deducted ('ຫັກເງິນມັດຈຳ') and the balance"
        + (", and a US-dollar equivalent of the grand total" if usd else "")
        + ": vendor = the Lao name at the top (the English name under it is the same company); vendor_tax_id = its 'ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ (TIN)' (12 digits; the enterprise registration and the account are decoys). "
        "invoice_number = 'ເລກທີ / No.'; invoice_date = 'ວັນທີ / Date' ("
        + ["dd/mm/yyyy", "Lao words ('12 ມີນາ 2026')", "dd/mm/yyyy", "Lao words ('12 ມີນາ 2026')"][i]
        + "); the tour date, the number of travellers and the deposit's date are decoys. "
        + due_note(due, term, "ກຳນົດຊຳລະ / Due date")
        + po_note(po, "ເລກໃບສັ່ງຊື້ / Your ref.")
        + "subtotal = 'ລວມ / Subtotal'; tax = 'ອາກອນມູນຄ່າເພີ່ມ / VAT 10%'; total = 'ລວມທັງໝົດ / Grand total' (BEFORE the deposit; the balance after it and the dollar equivalent are not the total). Currency LAK. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "LAK", net, tax, total, items, notes)
    chk = {
        "printed": [
            fd(d),
            no,
            vid,
            "Grand total",
            fd(due) if due else None,
            en(bal, 0),
            en(dep, 0),
            tour.strftime("%d/%m/%Y"),
            vname_en,
        ]
    }
    return t, chk, (LP_HTML.replace("@@BASE@@", css(size="A5 landscape", margin="8mm 9mm", fs="7.8pt")), ctx)


# =========================================================================== 05 Curitiba (no ISS on the rental of movable goods, BRL), fatura de locação with a bank-slip stub
CW_V = [
    ("Andaimes Paraná Locações Ltda.", "Rua João Bettega, 1450 - Portão, Curitiba - PR, 81070-000", "#1e3a8a"),
    (
        "Araucária Equipamentos para Construção Ltda.",
        "Av. Juscelino Kubitschek de Oliveira, 8200 - CIC, Curitiba - PR, 81290-000",
        "#047857",
    ),
    (
        "Barigui Locadora de Máquinas Ltda.",
        "Rua Eduardo Sprada, 3900 - Campo Comprido, Curitiba - PR, 81270-010",
        "#b45309",
    ),
    ("Iguaçu Containers e Módulos Ltda.", "BR-116, km 98, 5500 - Fazendinha, Curitiba - PR, 81320-000", "#9d174d"),
]
CW_B = [
    ("Construtora Batel Empreendimentos S.A.", "Av. do Batel, 1230 - Batel, Curitiba - PR"),
    ("Hospital Santa Felicidade Ltda.", "Via Vêneto, 550 - Santa Felicidade, Curitiba - PR"),
    (
        "Condomínio Residencial Ecoville Park",
        "Rua Professor Pedro Viriato Parigot de Souza, 3300 - Mossunguê, Curitiba - PR",
    ),
    ("Metalúrgica Cidade Industrial Ltda.", "Rua Senador Accioly Filho, 1800 - CIC, Curitiba - PR"),
]
CW_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi) per month
    ("Andaime tubular 1,00 x 1,50 m", "peça/mês", 10, 300, D("6.50"), D("12.90")),
    ("Escora metálica 3,10 m", "peça/mês", 10, 400, D("3.20"), D("6.80")),
    ("Betoneira 400 litros", "unid./mês", 1, 6, D("290"), D("520")),
    ("Compactador de solo (sapo)", "unid./mês", 1, 4, D("480"), D("890")),
    ("Martelete rompedor 10 kg", "unid./mês", 1, 8, D("320"), D("650")),
    ("Container escritório 6 m", "unid./mês", 1, 4, D("890"), D("1650")),
    ("Container sanitário 3 m", "unid./mês", 1, 3, D("780"), D("1350")),
    ("Plataforma elevatória tesoura 8 m", "unid./mês", 1, 2, D("3900"), D("6800")),
    ("Gerador diesel 55 kVA", "unid./mês", 1, 2, D("2900"), D("5200")),
    ("Guarda-corpo metálico 2,00 m", "peça/mês", 10, 200, D("4.50"), D("9.80")),
    ("Rodízio para andaime", "peça/mês", 4, 80, D("2.10"), D("4.60")),
    ("Frete de entrega e retirada", "viagem", 1, 4, D("180"), D("650")),
]
CW_HTML = """<html lang="pt-BR"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:7.6pt;padding:3px 4px;text-align:left} table.it td{padding:3px 4px;font-size:8.2pt;border-bottom:1px solid #ddd} th.r,td.r{text-align:right;white-space:nowrap}
.box{border:1px solid #333;padding:3px 5px;font-size:7.6pt} .slip td{border:1px solid #333;padding:2px 5px;font-size:7.4pt;vertical-align:top}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Fone (41) {{ tel }}<br>CNPJ {{ vid }} · Inscrição Municipal {{ im }}</div></td>
<td style="text-align:right;vertical-align:top;white-space:nowrap"><div style="font-size:14pt;font-weight:bold">FATURA DE LOCAÇÃO</div><div>Nº <b>{{ no }}</b></div><div>{{ dline }}</div></td></tr></table>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="width:55%;vertical-align:top"><span class="small">Locatário</span><br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">CNPJ {{ bid }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:34mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Cód.</th><th>Equipamento / serviço</th><th>Unidade</th><th class="r">Quant.</th><th class="r">Valor unit. (R$)</th><th class="r">Valor total (R$)</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr style="font-weight:bold;font-size:10pt"><td colspan="5" class="r" style="border-top:2px solid {{ color }}">VALOR TOTAL DA FATURA</td><td class="r" style="border-top:2px solid {{ color }}">R$ {{ total }}</td></tr></table>
<div class="box" style="margin-top:8px">Não incidência de ISS: locação de bens móveis (Súmula Vinculante nº 31 do STF e LC 116/2003). Documento não fiscal — fatura de locação.{% if credit %} O crédito refere-se à devolução antecipada de equipamentos.{% endif %}</div>
<div style="font-size:8pt;margin-top:6px">Após o vencimento: multa de 2% e juros de mora de 1% ao mês. Pagamento por boleto bancário ou PIX (chave CNPJ).</div>
<div style="border-top:1px dashed #555;margin-top:22px;padding-top:4px" class="small">Recibo do pagador</div>
<table class="slip" style="width:100%;border-collapse:collapse;margin-top:3px"><tr><td style="width:30%"><b style="font-size:10pt">{{ bankname }}</b></td><td colspan="3" style="font-family:'DejaVu Sans Mono',monospace;font-size:8.6pt;text-align:right">{{ line }}</td></tr>
<tr><td colspan="3">Beneficiário<br><b>{{ vname }}</b> · CNPJ {{ vid }}</td><td>Vencimento<br><b>{{ due }}</b></td></tr>
<tr><td>Data do documento<br>{{ ddoc }}</td><td>Nº do documento<br>{{ dup }}</td><td>Nosso número<br>{{ nosso }}</td><td>Valor do documento<br><b>{{ total }}</b></td></tr>
<tr><td colspan="4">Pagador: {{ bname }} · CNPJ {{ bid }}</td></tr></table>
</body></html>"""


@style("05", "br_cwb_curitiba_fatura_locacao_sem_iss_boleto")
def s05(rng, i):
    vname, vaddr, color = CW_V[i]
    bname, baddr = CW_B[i]
    d = rand_date(rng)
    items = lines(
        rng, CW_ROWS, [rng.randint(1, 2), rng.randint(4, 7), rng.randint(8, 12), rng.randint(2, 5)][i], D("0.10")
    )
    for x in items:
        x["code"] = f"EQ-{rng.randint(100, 9999):04d}"
    credit = i in (2, 3)
    if credit:  # equipment returned early: a negative row
        x = rng.choice([y for y in items if y["unit"] != "viagem"] or items)
        q = -D(max(1, int(x["qty"]) // rng.choice([3, 4, 5])))
        items.append(
            dict(
                desc="Crédito devolução antecipada: " + x["desc"],
                unit=x["unit"],
                qty=q,
                price=x["price"],
                amount=q2(q * x["price"]),
                code=x["code"],
            )
        )
    total = sum(x["amount"] for x in items)
    vid = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    bid = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    no = [
        f"{rng.randint(1, 99999):06d}",
        f"FL-{rng.randint(1000, 9999)}",
        f"{d.year}/{rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}",
    ][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([10, 15, 28, 30]))
    start = d.replace(day=1) - dt.timedelta(days=rng.choice([0, 31]))
    start = start.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    contract = f"{rng.randint(10, 499)}/{d.year - rng.randint(0, 1)}"
    po = [None, f"PC {rng.randint(4500000, 4599999)}", None, f"OC-{rng.randint(1000, 9999)}"][i]
    head = [("Contrato de locação", contract), ("Período", f"{fd(start)} a {fd(end)}"), ("Vencimento", fd(due))]
    if po:
        head.append(("Pedido de compra", po))
    dup = f"{no}-1"
    amount_digits = f"{int(total * 100):010d}"
    line = f"{rng.choice(['341', '237', '001', '104'])}9{digits(rng, 1)}.{digits(rng, 5)} {digits(rng, 5)}.{digits(rng, 6)} {digits(rng, 5)}.{digits(rng, 6)} {rng.randint(1, 9)} {rng.randint(9000, 9999)}{amount_digits}"
    dline = f"Curitiba, {pt_date(d)}" if i in (1, 3) else f"Emissão: {fd(d)}"
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"3{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        vid=vid,
        im=f"{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.randint(0, 9)}",
        no=no,
        dline=dline,
        bname=bname,
        baddr=baddr,
        bid=bid,
        head=head,
        items=[
            {
                "c": x["code"],
                "d": x["desc"],
                "u": x["unit"],
                "q": qstr(x["qty"]),
                "p": de(x["price"]),
                "a": de(x["amount"]),
            }
            for x in items
        ],
        total=de(total),
        credit=credit,
        bankname=rng.choice(["Itaú 341-7", "Bradesco 237-2", "Banco do Brasil 001-9", "Caixa 104-0"]),
        line=line,
        due=fd(due),
        ddoc=fd(d),
        dup=dup,
        nosso=f"{rng.randint(100, 199)}/{digits(rng, 8)}-{rng.randint(0, 9)}",
    )
    notes = (
        "Curitiba (Brazil) equipment-rental company's FATURA DE LOCAÇÃO in Portuguese, in reais with dots and a decimal comma ('R$ 1.234,56'), NO TAX (the rental of movable goods is outside the ISS: Súmula Vinculante 31; the fatura is not a fiscal document), one monthly row per piece of equipment"
        + (", an early-return CREDIT as a NEGATIVE row" if credit else "")
        + ", and a bank-slip stub ('Recibo do pagador') at the foot with the typeable line, the due date and the amount: "
        "vendor = the name at the top (= 'Beneficiário'); vendor_tax_id = its 'CNPJ' (the Inscrição Municipal, the lessee's CNPJ, the 'Nosso número' and the typeable line are decoys). "
        "invoice_number = 'Nº' under FATURA DE LOCAÇÃO (the slip's 'Nº do documento' adds '-1', the duplicata's instalment, a decoy); invoice_date = "
        + (
            "the place and date line ('Curitiba, 12 de março de 2026')"
            if i in (1, 3)
            else "'Emissão' (dd/mm/yyyy) (= the slip's 'Data do documento')"
        )
        + "; the contract 'Contrato de locação' and the rental 'Período' are decoys. due_date = 'Vencimento' (also on the slip). "
        + po_note(po, "Pedido de compra")
        + "No subtotal and no tax printed (null). total = 'VALOR TOTAL DA FATURA' (= the slip's 'Valor do documento'). Currency BRL. Line items: every row"
        + (", the credit with a negative quantity and amount." if credit else ".")
    )
    t = truth(vname, vid, no, po, d, due, "BRL", None, None, total, items, notes)
    chk = {
        "printed": [
            pt_date(d) if i in (1, 3) else fd(d),
            no,
            vname,
            vid,
            "VALOR TOTAL DA FATURA",
            fd(due),
            contract,
            dup,
            bid,
        ]
    }
    return t, chk, (CW_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)
