#!/bin/sh
# Rebuilds the two subset fonts from Debian's fonts-noto-cjk and fonts-noto-core with fonttools
# (apt-get install fonts-noto-cjk fonts-noto-core python3-fonttools). Only the characters the examples,
# docs/format.md and the tests draw are kept, with every OpenType feature, so Arabic still joins.
# Add characters to the lists below and run it again when an example needs more.
set -eu
cd "$(dirname "$0")"
JAPANESE='東京大阪登壇者参加者日本語ようこそ、へのはですマス'
ARABIC='القاهرةالرياضمرحبابكمفيدبيشكراً١٢٣٤٥٦٧٨٩٠'
python3 -m fontTools.subset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=0 \
  --text="$JAPANESE" --unicodes=U+0020,U+00A0 --layout-features='*' --no-hinting --desubroutinize --output-file=NotoSansJP-Subset.otf
python3 -m fontTools.subset /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf \
  --text="$ARABIC" --unicodes=U+0020,U+00A0,U+060C,U+061F --layout-features='*' --no-hinting --output-file=NotoSansArabic-Subset.ttf
