#!/usr/bin/env python3
"""Not part of the build: fills pishkhan_fa.ts from the translator's table (kept beside it as
fa_table.py) after an update_translations run. Entries already translated are left alone."""
import sys, xml.etree.ElementTree as ET
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from fa_table import FA
path = sys.argv[1]
tree = ET.parse(path)
missing = []
for m in tree.getroot().iter('message'):
    src = m.find('source').text
    tr = m.find('translation')
    if tr.get('type') != 'unfinished' and (tr.text or len(tr)):
        continue
    if src not in FA:
        missing.append(src)
        continue
    if m.get('numerus') == 'yes':
        for child in list(tr):
            tr.remove(child)
        nf = ET.SubElement(tr, 'numerusform')
        nf.text = FA[src]
    else:
        tr.text = FA[src]
    del tr.attrib['type']
tree.write(path, encoding='utf-8', xml_declaration=True)
for s in missing:
    print('missing:', s)
sys.exit(1 if missing else 0)
