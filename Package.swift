// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Quotient",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Quotient", targets: ["Quotient"]),
        .executable(name: "quotient", targets: ["quotient"]),
    ],
    // The command line's own dependency (swift-argument-parser) comes with the `CommandLine` trait, on by
    // default. A package that only uses the library can turn it off (`traits: []`), and then that
    // dependency is not fetched for it.
    traits: [
        .trait(name: "CommandLine", description: "Builds the `quotient` command-line tool."),
        .default(enabledTraits: ["CommandLine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Unversioned wrappers around ICU 72's C API (its symbols are version-renamed macros). On Linux the shim
        // opens ICU's common library (break iterators, UText) on first use instead of linking it: a command that
        // never segments text starts without it (linking it, and libicui18n, which nothing uses, cost about 1 ms
        // of every start).
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc", .when(platforms: [.macOS]))]),
        // Turns the text files in `lexicons/` into Swift source at build time.
        .executableTarget(name: "LexiconEmbedder"),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"]
        ),
        .target(
            name: "Quotient",
            dependencies: ["CICU", .product(name: "HeapModule", package: "swift-collections")],
            plugins: ["EmbedLexicons"]
        ),
        .executableTarget(
            name: "quotient",
            dependencies: [
                "Quotient",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLine"])),
            ],
            // The Swift runtime is linked into the tool: loading and relocating it as shared libraries took
            // most of a short run's time (about 4 ms of 7 for `quotient` with nothing to do). The two
            // libraries are what the argument parser's FoundationEssentials needs when linked statically.
            // The toolchain's lld packs the executable's 40,000 relative relocations (DT_RELR, glibc 2.36 or
            // later): the loader reads 8 KB instead of 950 KB of relocation records at every start.
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                             .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .testTarget(
            name: "QuotientTests",
            dependencies: [
                "Quotient",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QuotientCLITests",
            dependencies: ["quotient"]
        ),
    ]
)
