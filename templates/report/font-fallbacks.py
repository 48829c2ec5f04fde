"""Office fonts for a reference .docx that LibreOffice wrote: styles in Times New Roman and Arial only
(LibreOffice's own built-in styles name Liberation and DejaVu fonts), each with its metric-compatible
fallback in the font table (Times New Roman -> Liberation Serif, Arial -> Liberation Sans).
Usage: python3 font-fallbacks.py reference.docx reference.docx"""
import re, sys, zipfile, shutil
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst + '.tmp', 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'word/styles.xml':
        x = data.decode('utf-8')
        x = x.replace('Liberation Serif', 'Times New Roman').replace('Liberation Sans', 'Arial').replace('DejaVu Sans', 'Arial')
        data = x.encode('utf-8')
    if item.filename == 'word/fontTable.xml':
        x = data.decode('utf-8')
        x = re.sub(r'<w:font w:name="(?:Liberation (?:Serif|Sans)|DejaVu Sans)">.*?</w:font>', '', x)
        seen = set()
        def keep(m):
            name = m.group(1)
            if name in seen:
                return ''
            seen.add(name)
            alt = {'Times New Roman': 'Liberation Serif', 'Arial': 'Liberation Sans'}.get(name)
            body = m.group(2)
            if alt:
                body = '<w:altName w:val="%s"/>' % alt + body.replace('w:val="01"', 'w:val="00"')
            return '<w:font w:name="%s">%s</w:font>' % (name, body)
        x = re.sub(r'<w:font w:name="([^"]+)">(.*?)</w:font>', keep, x)
        data = x.encode('utf-8')
    zout.writestr(item, data)
zout.close()
shutil.move(dst + '.tmp', dst)
