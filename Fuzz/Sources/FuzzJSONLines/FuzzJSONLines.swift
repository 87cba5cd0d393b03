import FuzzSupport
import Quotient

/// Parses arbitrary bytes as a JSON Lines document; a success must round-trip its text through JSONValue.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let document) = JSONLines.parseDocument(line) {
        let fields = document.fields.map { ($0.name, $0.value) }
        let written = JSONValue.object([("id", document.id), ("text", .string(document.text))] + fields).serialized()
        guard case .success(let again) = JSONLines.parseDocument(Array(written.utf8)) else {
            preconditionFailure("serialized document does not parse: \(written)")
        }
        precondition(again.text == document.text && again.fields == document.fields)
    }
    return 0
}

@_cdecl("FuzzJSONLines_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
