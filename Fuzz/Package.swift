// swift-tools-version:6.0
// libFuzzer targets for FactDiff's readers, splitter and extractors. A
// package of its own, depending on the root one by path, so `swift build`
// and `swift test` at the root never see them. Build and run them with
// `scripts/fuzz` (which passes -sanitize=fuzzer,address); libFuzzer supplies
// `main`, so every target is compiled with -parse-as-library and exports
// LLVMFuzzerTestOneInput.
import PackageDescription

let targets = [
    "FuzzArticleReader", "FuzzHTMLPageReader", "FuzzJSONLinesReader",
    "FuzzSentenceSplitter", "FuzzDateExtractor", "FuzzNumberExtractor",
]

let package = Package(
    name: "FactDiffFuzz",
    products: targets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(name: "FactDiff", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "FactDiff", package: "FactDiff")])
    ]
        + targets.map {
            .executableTarget(
                name: $0,
                dependencies: ["FuzzSupport", .product(name: "FactDiff", package: "FactDiff")],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        }
)
