"""The label words of Indonesian and of Malay, which shares much of it, as their invoices print them: (concept, words)
pairs that `label_words` adds after its own. Data only.
"""

from __future__ import annotations

MALAY: tuple[tuple[str, str], ...] = (
    # Indonesian ("Tanggal", "Jatuh Tempo", "Nomor", "NPWP", "PPN 11%"):
    ("DATE", "tanggal tgl"),
    ("DUE", "jatuh tempo"),
    ("NUM", "nomor"),
    ("ORDEREN", "pesanan"),  # an order, as "order" ("Pesanan #822" a till's); "Pesanan Pembelian" the purchase order
    ("TAX", "ppn"),
    ("TAXID", "npwp"),
    # and Malay, which shares much of it ("Nomor Faktur", "No. Invois", "Tarikh", "Tarikh akhir" the last day to
    # pay, "Pesanan Belian" / "Pembelian" the purchase order, "Jumlah kecil" the subtotal, "Jumlah sebelum cukai"
    # before the tax, "Cukai" / "Pajak" the tax, "Jumlah Keseluruhan" or "Jumlah Besar" the grand total, "Jumlah
    # perlu dibayar" the amount due, "Total Tagihan" the bill's total, "Diskaun" / "Potongan" a discount, "No.
    # Pelanggan" the customer's number)
    ("DOC", "faktur invois"),
    ("DOCW", "resit"),  # "No. Resit": a receipt's number
    ("DATE", "tarikh"),
    ("DUE", "akhir"),
    ("ORDER", "belian pembelian tempahan"),  # ("No. Tempahan": the order's, a booking's number)
    ("TOTAL", "jumlah keseluruhan tagihan"),
    ("GROSS", "besar"),  # "Jumlah Besar": the grand total
    ("NETW", "kecil"),
    ("NET", "sebelum"),
    ("TAX", "cukai pajak"),
    ("PAY", "dibayar bayaran pembayaran"),
    ("DISCOUNT", "diskaun potongan"),
    ("CUSTOMER", "pelanggan"),
    ("REG", "pendaftaran"),
    ("NETW", "jual"),  # Indonesian "Harga Jual / Penggantian": the sale's price before the tax ("harga" a filler)
)
