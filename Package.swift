// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FactDiff",
    products: [
        .executable(name: "factdiff", targets: ["FactDiffCLI"]),
        .library(name: "FactDiff", targets: ["FactDiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2 as Debian ships it; the only module that sees its C API is LibXML.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The thin Swift layer over libxml2: owns every xmlDoc/xmlNode pointer.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // Snowball's stemmers as Debian ships them (no pkg-config file).
        .systemLibrary(
            name: "CLibStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // The thin Swift layer over libstemmer: owns every sb_stemmer pointer.
        .target(name: "Snowball", dependencies: ["CLibStemmer"]),
        // The pipeline: Ingest → Segment → Extract → Align → Compare → Report.
        .target(
            name: "FactDiff",
            dependencies: ["LibXML", "Snowball", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/related-stems.txt"), .copy("Resources/gazetteer.txt")]
        ),
        // The command: parses arguments and calls the library.
        .executableTarget(
            name: "FactDiffCLI",
            dependencies: [
                "FactDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/factdiff"
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "SnowballTests", dependencies: ["Snowball"]),
        .testTarget(
            name: "FactDiffTests",
            dependencies: ["FactDiff", "FactDiffCLI"],
            exclude: ["Fixtures"]
        ),
    ]
)
