// swift-tools-version: 6.1
// FactDiff's benchmarks: a package of its own, so that package-benchmark and
// its dependencies stay out of the product and out of `swift test`.
// Run from this folder: `swift package benchmark` (see README, "Benchmarks").
import PackageDescription

let package = Package(
    name: "FactDiffBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "FactDiff", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "FactDiffBenchmarks",
            dependencies: [
                .product(name: "FactDiff", package: "FactDiff"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FactDiffBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
