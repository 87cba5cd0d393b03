#!/usr/bin/env python3
"""Writes every ```swift block of README.md's "Library" section and of the DocC catalog's articles into
Tests/ConsumerPackage/Sources/DocExamples/Examples.swift, each as the body of its own function, so that building
the consumer package compiles them against the library's public API. Blocks that start with `// not compiled`
are left out (none should be)."""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent
sources = []
readme = (root / "README.md").read_text()
library = re.search(r"^## Library\n(.*?)(?=^## )", readme, re.S | re.M)
if not library:
    sys.exit("README.md has no '## Library' section")
sources.append(("README.md", library.group(1)))
for article in sorted((root / "Sources/Quotient/Quotient.docc").rglob("*.md")):
    sources.append((str(article.relative_to(root)), article.read_text()))

out = ["// Written by scripts/doc-examples.py from README.md and Sources/Quotient/Quotient.docc; do not edit.",
       "import Foundation", "import Quotient", ""]
count = 0
for name, text in sources:
    for block in re.findall(r"```swift\n(.*?)```", text, re.S):
        if block.startswith("// not compiled"):
            continue
        count += 1
        lines = [l for l in block.rstrip().splitlines() if l.strip() != "import Quotient"]
        out.append(f"/// From {name}.")
        out.append(f"public func docExample{count}() async throws {{")
        out += ["    " + l if l else "" for l in lines]
        out.append("}")
        out.append("")
out.append("/// How many examples were compiled.")
out.append(f"public let docExampleCount = {count}")
out.append("")
out.append("/// Runs every example that needs no files of its own.")
out.append("public func runDocExamples() async throws {")
out += [f"    try await docExample{i}()" for i in range(1, count + 1)]
out.append("}")
target = root / "Tests/ConsumerPackage/Sources/DocExamples/Examples.swift"
target.write_text("\n".join(out) + "\n")
print(f"{count} examples -> {target.relative_to(root)}")
