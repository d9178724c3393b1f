#!/usr/bin/env python3
"""Writes the small flat-ODT documents the PDF adapter's tests read, then: make-pdfs.sh turns them into PDFs.

Each document: a running header and a "Page N of M" footer on every page, a two-column header table,
headings, LibreOffice/Word bullet lists (nested), a bold "Force Update:" label and a findings table that
crosses a page with its header row repeated. `bullets` picks the glyphs: LibreOffice's own (•, ◦) or
Word's (Symbol U+F0B7, Courier "o", Wingdings U+F0A7).
"""
import sys
from xml.sax.saxutils import escape

SUMMARY = (
    "The force is good at preventing crime and anti-social behaviour. It investigates crime well and "
    "continues to improve the quality and supervision of investigations. The force has improved how it "
    "assesses and responds to people at risk."
)
SUMMARY_2 = "Senior leaders ensure that the workforce understands the importance of treating the public with fairness."

HEADER_ROWS = [
    ("Force", ["Staffordshire"]),
    ("Police and Crime Commissioner", ["Matthew Ellis"]),
    ("Chief Constable", ["Acting Chief Constable Nick Baker"]),
    ("Title of inspection", ["Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police"]),
    ("Inspectorate", ["Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services"]),
    ("Summary of inspection", [SUMMARY, SUMMARY_2]),
    ("Grade", ["Good"]),
    ("Recommendations", ["None"]),
]

TABLE_ROWS = [
    ("The force should improve how it records crime reported through its control room.",
     "A new audit regime started in March 2020 and the first results show improved compliance across all incident types.",
     "In progress", "Head of Crime", "31 March 2021"),
    ("The force should make sure its vetting decisions are monitored for disparities.",
     "Initial vetting checks are now monitored each month and reported to the Professional Standards board.",
     "Completed", "Head of PSD", "30 June 2020"),
    ("The force should ensure it has a clear understanding of its digital forensic demand.",
     "A demand profile was produced in January 2020; the backlog fell by a third in six months.",
     "In progress", "Head of Digital", "31 December 2020"),
    ("The force should improve how it shares information with schools about children affected by domestic abuse.",
     "A pilot in South Staffordshire ended in 2019; an automated notification is planned with the next phase of NICHE.",
     "Not started", "Head of Safeguarding", "30 September 2021"),
    ("The force should review its use of out-of-court disposals for repeat offenders.",
     "A scrutiny panel now reviews a sample of disposals every quarter and reports its findings publicly.",
     "Completed", "Head of Justice", "31 January 2021"),
]

BULLETS = {
    "libreoffice": [("•", "OpenSymbol"), ("◦", "OpenSymbol")],
    "word": [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")],
}


def p(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def cell(content, style="Cell"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{content}</table:table-cell>'


def item(text, children=None):
    inner = p("Body", escape(text))
    if children:
        inner += '<text:list>' + "".join(f"<text:list-item>{p('Body', escape(c))}</text:list-item>" for c in children) + "</text:list>"
    return f"<text:list-item>{inner}</text:list-item>"


def bullet_list(items):
    return '<text:list text:style-name="Bullets">' + "".join(items) + "</text:list>"


def document(bullets):
    levels = BULLETS[bullets]
    list_levels = "".join(
        f'<text:list-level-style-bullet text:level="{i + 1}" text:bullet-char="{escape(ch)}">'
        f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{0.63 * (i + 1):.2f}cm" '
        f'fo:text-indent="-0.63cm" fo:margin-left="{0.63 * (i + 1):.2f}cm"/></style:list-level-properties>'
        f'<style:text-properties style:font-name="{font}"/></text:list-level-style-bullet>'
        for i, (ch, font) in enumerate(levels)
    )
    header_table = (
        '<table:table table:name="Header" table:style-name="Tbl"><table:table-column table:style-name="ColLabel"/>'
        '<table:table-column table:style-name="ColValue"/>'
        + "".join(
            "<table:table-row>" + cell(p("Body", escape(label))) + cell("".join(p("Body", escape(v)) for v in values)) + "</table:table-row>"
            for label, values in HEADER_ROWS
        )
        + "</table:table>"
    )
    findings_table = (
        '<table:table table:name="Findings" table:style-name="Tbl">'
        + "".join(f'<table:table-column table:style-name="Col{i}"/>' for i in range(5))
        + "<table:table-header-rows><table:table-row>"
        + "".join(cell(p("Strong", h)) for h in ["Recommendation", "Update", "Status", "Owner", "Target date"])
        + "</table:table-row></table:table-header-rows>"
        + "".join("<table:table-row>" + "".join(cell(p("Small", escape(c))) for c in row) + "</table:table-row>" for row in TABLE_ROWS)
        + "</table:table>"
    )
    third = levels[2] if len(levels) > 2 else levels[0]
    body = "".join([
        p("Title", "PCC and CC Force Inspection response record"),
        p("Body", "Version: 2"),
        header_table,
        p("H1", "Areas for improvement"),
        p("H2", "EFFECTIVENESS Investigating Crime"),
        bullet_list([item("The force needs to improve its oversight and understanding of those wanted for criminal offences, ensuring they are both circulated on the Police National Computer and actively sought.")]),
        p("Body", '<text:span text:style-name="B">Force Update:</text:span>'),
        p("Body", "The force has undertaken extensive work to understand the issues regarding the wanted missing process. "
                  "There has been improved oversight into the management of this which is supported by a clear, digitised process."),
        p("H2", "Protecting Vulnerable People"),
        bullet_list([item("The force should ensure that its counter-corruption unit:", [
            "has enough capability and capacity to counter corruption effectively and proactively; and",
            "can fully monitor all of its computer systems, including mobile data, to proactively identify data breaches.",
        ])]),
        p("Body", '<text:span text:style-name="B">Force Update:</text:span>'),
        p("Body", "During 2020, the PSU (including ACU) is due to undertake significant change which is timely following the introduction of new national regulations."),
        p("Body", "An extra investigating officer has been recruited to the department and another member of staff seconded from the PSU."),
        p("H2", "LEGITIMACY"),
        findings_table,
        p("H1", "Commissioner's response"),
        p("Body", "The Staffordshire Commissioner's Office has welcomed the findings of today's report by HM Inspectorate of Constabulary and Fire and Rescue Services, which praises the work of Staffordshire Police as good across all areas."),
        p("H1", "Chief Constable's response"),
        p("Body", "Temporary Chief Constable Nick Baker said: I am pleased that HMICFRS has assessed Staffordshire Police as a good force and there is recognition of the hard work shown by colleagues."),
        p("Body", "The force has previously had mixed reports from HMICFRS so I am especially pleased with this rating."),
    ])
    widths = ["4.2cm", "5.6cm", "2.2cm", "2.4cm", "2.4cm"]
    cols = "".join(f'<style:style style:name="Col{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>
<style:font-face style:name="Symbol" svg:font-family="Symbol" style:font-charset="x-symbol"/>
<style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-charset="x-symbol"/>
<style:font-face style:name="Courier New" svg:font-family="'Courier New'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Strong" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Bullets">{list_levels}</text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.8cm" table:align="left"/></style:style>
<style:style style:name="ColLabel" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
<style:style style:name="ColValue" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
{cols}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:header><text:p text:style-name="Furniture">Staffordshire Commissioner – Response to HMICFRS PEEL 2018/19</text:p></style:header>
<style:footer><text:p text:style-name="Furniture">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
'''


NOTE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p>PCC and CC Force Inspection response record</text:p></office:text></office:body>
</office:document>
"""

def scanned(png_path):
    """A page that is only a picture of a page: what a scanner makes."""
    import base64
    with open(png_path, "rb") as f:
        data = base64.b64encode(f.read()).decode("ascii")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p><draw:frame draw:name="Scan" text:anchor-type="as-char" svg:width="16cm" svg:height="22.6cm"><draw:image><office:binary-data>{data}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body>
</office:document>
"""


if __name__ == "__main__":
    if len(sys.argv) > 1:
        with open("scanned-page.fodt", "w", encoding="utf-8") as f:
            f.write(scanned(sys.argv[1]))
        sys.exit(0)
    for name in ["libreoffice", "word"]:
        with open(f"response-{name}-bullets.fodt", "w", encoding="utf-8") as f:
            f.write(document(name))
    with open("short-note.fodt", "w", encoding="utf-8") as f:
        f.write(NOTE)
