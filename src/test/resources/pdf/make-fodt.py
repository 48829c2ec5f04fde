#!/usr/bin/env python3
"""Writes a draft .txt as a flat ODF text document laid out like a UN draft: the symbol as
running head, job number and page "n/m" at the foot, numbered paragraphs with a hanging indent,
justified text. Print it with: soffice --headless --convert-to pdf DRAFT.fodt
Usage: make-fodt.py DRAFT.txt SYMBOL JOBNUMBER > DRAFT.fodt"""
import re, sys
from xml.sax.saxutils import escape

txt, symbol, job = sys.argv[1:4]
blocks = [b.strip() for b in open(txt, encoding="utf-8").read().split("\n\n") if b.strip()]
body = []
for i, block in enumerate(blocks):
    if i == 0:  # the cover: one short line each
        for line in block.split("\n"):
            body.append('<text:p text:style-name="Cover">%s</text:p>' % escape(line))
        continue
    text = " ".join(block.split("\n"))
    m = re.match(r"^(\d{1,3}\.|\([a-z]{1,4}\))\s+(.*)$", text)
    if m and m.group(1).startswith("("):
        body.append('<text:p text:style-name="Sub">%s<text:tab/>%s</text:p>' % (escape(m.group(1)), escape(m.group(2))))
    elif m:
        body.append('<text:p text:style-name="Op">%s<text:tab/>%s</text:p>' % (escape(m.group(1)), escape(m.group(2))))
    else:
        body.append('<text:p text:style-name="Pre">%s</text:p>' % escape(text))

print('''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.21cm" fo:line-height="115%"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/>
  </style:default-style>
  <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
  <style:style style:name="Pre" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm"/></style:style>
  <style:style style:name="Op" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1.27cm" fo:text-indent="-1.27cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2.54cm" fo:text-indent="-1.27cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="PL">
   <style:header><text:p text:style-name="Head">@SYMBOL@</text:p></style:header>
   <style:footer><text:p text:style-name="Head">@JOB@</text:p><text:p text:style-name="Head"><text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
@BODY@
 </office:text></office:body>
</office:document>'''.replace("@SYMBOL@", escape(symbol)).replace("@JOB@", escape(job)).replace("@BODY@", "\n".join(body)))
