import Foundation
import PackagePlugin

/// Embeds every file of the package's `Scenarios/` folder into the target as Swift string
/// literals, so the shipped scenarios, techniques, drill sets and the learned layer's weights
/// (`.tsv`) travel inside the `defuse` binary and are found wherever it runs from.
@main
struct EmbedLibrary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let library = context.package.directoryURL.appending(path: "Scenarios")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLibrary.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: library, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where ["yaml", "yml", "tsv"].contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the shipped scenario library",
                executable: try context.tool(named: "EmbedLibraryTool").url,
                arguments: [library.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
