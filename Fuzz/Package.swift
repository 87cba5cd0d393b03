// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets. Build and run them with ./fuzz.sh, which instruments every target for coverage and
// AddressSanitizer; only these targets link libFuzzer's main.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "QuotientFuzz",
    dependencies: [.package(name: "Quotient", path: "..")],
    targets: [.target(name: "FuzzSupport")] + ["FuzzSegmenter", "FuzzQuotes", "FuzzLexicon", "FuzzJSONLines"].map { name in
        .executableTarget(
            name: name, dependencies: ["FuzzSupport", .product(name: "Quotient", package: "Quotient")],
            swiftSettings: fuzzer, linkerSettings: fuzzerLink)
    }
)
