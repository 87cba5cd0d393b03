#!/usr/bin/env bash
# Builds a release `quotient` with the Swift runtime linked in statically, for machines without the Swift
# toolchain (Spark executors, Hadoop nodes, containers). The binary lands in dist/quotient.
#
# What the target machine still needs: ICU of the same major version as the build machine's (libicuuc and
# libicudata; ICU 72 from Debian 12's libicu72 here), glibc 2.36 or later (the release build packs its relative
# relocations, DT_RELR; an older loader refuses the binary by name), libstdc++ and libgcc_s. The libraries the
# binary links are printed at the end; ICU is not among them, because it is opened when text is first segmented.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product quotient --static-swift-stdlib
mkdir -p dist
cp "$(swift build -c release --product quotient --show-bin-path)/quotient" dist/quotient
echo "dist/quotient: $(du -h dist/quotient | cut -f1), needs on the target machine:"
ldd dist/quotient | awk '{print "  " $1}'
echo "  libicuuc.so.$(sed -n 's/^#define U_ICU_VERSION_MAJOR_NUM \([0-9]*\).*/\1/p' /usr/include/unicode/uvernum.h) (opened at run time)"
if ldd dist/quotient | grep -q 'libswift'; then
    echo "error: the binary still links the Swift runtime dynamically" >&2
    exit 1
fi
