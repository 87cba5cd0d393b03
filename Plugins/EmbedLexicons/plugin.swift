import Foundation
import PackagePlugin

/// Compiles every text file under the package's `lexicons/` folder into the target as Swift source,
/// so the library (and any binary built from it) carries its lexicons and never reads them from disk.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "lexicons")
        let files = lexiconFiles(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        var arguments = [output.path(percentEncoded: false), root.path(percentEncoded: false)]
        arguments += files.map { $0.path(percentEncoded: false) }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: arguments,
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    private func lexiconFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path }
    }
}
