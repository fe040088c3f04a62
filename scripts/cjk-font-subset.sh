#!/usr/bin/env bash
# Makes src/main/resources/fonts/ARDeskSansCJK-Regular.ttf, the CJK font embedded in AR Desk's PDFs:
# Noto Sans CJK SC (fonts-noto-cjk) cut to GB 2312, Big5 level 1, the characters of AR Desk's own texts
# and any EXTRA characters given, with TrueType outlines (needs python3-fonttools).
#   scripts/cjk-font-subset.sh [EXTRA]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
SOURCE=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
WORK=$(mktemp -d)
EXTRA="${1:-}" $PY - "$WORK/chars.txt" <<'PYEOF'
import glob, os, re, sys
chars = {chr(c) for c in list(range(0x20, 0x7f)) + list(range(0xa0, 0x100)) + list(range(0x2010, 0x2027))
         + list(range(0x3000, 0x3020)) + list(range(0xff01, 0xff5f)) + list(range(0x2460, 0x2474))
         + [0x2030, 0x2032, 0x2033, 0x203b, 0x20ac, 0x2116, 0x2103, 0x00b7, 0x30fb]}
def decoded(highs, lows, encoding):
    out = set()
    for hi in highs:
        for lo in lows:
            try:
                out.add(bytes([hi, lo]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return out
chars |= decoded(range(0xb0, 0xf8), range(0xa1, 0xff), 'gb2312')
chars |= decoded(range(0xa4, 0xc7), list(range(0x40, 0x7f)) + list(range(0xa1, 0xff)), 'big5')
files = (glob.glob('src/main/resources/templates/**/*', recursive=True) + glob.glob('src/main/resources/i18n/*')
         + ['src/main/resources/application.yaml', 'src/main/resources/demo/demo-data.yaml']
         + glob.glob('forms/translations/*.json'))
for f in files:
    if os.path.isfile(f):
        text = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), open(f, encoding='utf-8').read())
        chars |= {c for c in text if ord(c) > 0x2e80}
chars |= set(os.environ.get('EXTRA', ''))
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
PYEOF
# font number 2 of the collection: Noto Sans CJK SC
$PY -m fontTools.subset "$SOURCE" --font-number=2 --text-file="$WORK/chars.txt" --output-file="$WORK/subset.otf" \
  --layout-features='' --no-hinting --desubroutinize --name-IDs='*' --notdef-outline
$PY scripts/otf2ttf.py "$WORK/subset.otf" src/main/resources/fonts/ARDeskSansCJK-Regular.ttf
rm -rf "$WORK"
ls -l src/main/resources/fonts/ARDeskSansCJK-Regular.ttf
