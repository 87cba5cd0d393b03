// swift-tools-version: 6.1
import PackageDescription

// A package that uses Quotient as a library user would: only the `Quotient` product, by path. Its tests
// decode `quotient analyze` output, merge shards and score from several tasks; `DocExamples` holds the
// README's and the DocC catalog's Swift examples (written by `scripts/doc-examples.py`), so they must compile.
let package = Package(
    name: "QuotientConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Quotient", path: "../..", traits: [])],
    targets: [
        .target(name: "DocExamples", dependencies: [.product(name: "Quotient", package: "Quotient")]),
        .testTarget(
            name: "ConsumerTests",
            dependencies: ["DocExamples", .product(name: "Quotient", package: "Quotient")],
            resources: [.copy("Fixtures")]
        ),
    ]
)
