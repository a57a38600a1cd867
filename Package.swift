// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "toolkit",
    products: [
        .executable(name: "toolkit", targets: ["toolkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CCmark", path: "Sources/CCmark"),
        .systemLibrary(name: "CYaml", path: "Sources/CYaml"),
        .systemLibrary(name: "CPoll", path: "Sources/CPoll"),
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),

        .target(name: "Catalog", dependencies: ["CCmark", "CYaml", "CStemmer"]),
        .target(name: "Layout", dependencies: ["Catalog"]),
        .target(name: "Navigation", dependencies: ["Catalog", "Layout"]),
        .target(name: "Rendering", dependencies: ["Navigation", "Layout", "Catalog", "CCmark"]),
        .target(name: "Sharing"),
        .target(name: "Workbook", dependencies: ["Catalog", "CSQLite"]),
        .target(name: "Runtime", dependencies: ["CPoll", "Catalog", "Navigation", "Rendering", "Sharing", "Workbook"]),
        .target(name: "Terminal", dependencies: ["CNcursesw", "Rendering", "Navigation", "Layout", "Runtime"]),

        .executableTarget(name: "embed-content", path: "Sources/EmbedContent"),
        .plugin(name: "EmbedContentPlugin", capability: .buildTool(), dependencies: ["embed-content"]),
        .target(name: "BuiltinContent", dependencies: ["Catalog"], plugins: ["EmbedContentPlugin"]),

        .executableTarget(
            name: "toolkit",
            dependencies: ["Catalog", "Layout", "Navigation", "Rendering", "Terminal", "Runtime", "Sharing", "BuiltinContent", "Workbook"]
        ),

        .target(name: "TestSupport", dependencies: ["Catalog", "Layout", "Navigation", "Rendering", "Runtime"], path: "Tests/TestSupport"),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "BuiltinContent", "TestSupport"]),
        .testTarget(name: "LayoutTests", dependencies: ["Catalog", "Layout", "TestSupport"]),
        .testTarget(name: "NavigationTests", dependencies: ["Catalog", "Layout", "Navigation", "Rendering", "TestSupport"]),
        .testTarget(name: "RenderingTests", dependencies: ["Catalog", "Layout", "Navigation", "Rendering", "BuiltinContent", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "SharingTests", dependencies: ["Sharing"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "Catalog", "CSQLite", "TestSupport"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "CNcursesw", "Navigation"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "Navigation", "Rendering", "Sharing", "Catalog", "BuiltinContent", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["toolkit", "toolkit-bench", "Catalog", "TestSupport", "CSQLite"], exclude: ["Snapshots"]),
        .testTarget(name: "CommandLineTests", dependencies: ["toolkit"]),
        .executableTarget(
            name: "toolkit-bench",
            dependencies: ["Catalog", "Layout", "Navigation", "Rendering", "BuiltinContent", "Workbook"]
        ),
        .testTarget(
            name: "HardeningTests",
            dependencies: [
                "Catalog", "Layout", "Navigation", "Rendering", "BuiltinContent", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
