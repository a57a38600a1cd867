import Foundation
import PackagePlugin

/// Compiles the package's `Content/` folder into the `BuiltinContent` target, so the binary
/// carries the toolkit and needs no files beside it.
@main
struct EmbedContentPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let content = context.package.directoryURL.appending(path: "Content")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinContentFiles.swift")
        var inputs: [URL] = [content]
        if let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil) {
            for case let url as URL in walker { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding Content/ into the binary",
                executable: try context.tool(named: "embed-content").url,
                arguments: [content.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
