import Foundation
import Quotient

/// A self-contained chart of speakers' stances side by side: per speaker the mean valence with its 95 %
/// interval on an axis scaled to the data, and a heat map of the share of quotes carrying each stance
/// category (with its 95 % interval on hover). SVG without scripts; the HTML page adds a sortable table.
struct StanceChart {
    let comparison: Comparison
    /// The most rows drawn: the most quoted speakers, unless speakers were chosen by name.
    var limit = 15

    private static let left = 210.0, top = 74.0, rowHeight = 24.0
    private static let valenceWidth = 240.0, cellWidth = 74.0, gap = 28.0

    /// The rows drawn, and how many were left out.
    private var rows: (profiles: [SpeakerProfile], omitted: Int) {
        let profiles = comparison.profiles
        guard !comparison.showDifferences, profiles.count > limit else { return (profiles, 0) }
        return (Array(profiles.prefix(limit)), profiles.count - limit)
    }

    func svg() -> String {
        let (profiles, omitted) = rows
        let categories = comparison.categories
        let (low, high) = valenceRange(profiles)
        let heatLeft = Self.left + Self.valenceWidth + Self.gap
        let width = heatLeft + Double(categories.count) * Self.cellWidth + 20
        let height = Self.top + Double(max(profiles.count, 1)) * Self.rowHeight + (omitted > 0 ? 70 : 50)
        func x(_ value: Double) -> Double { Self.left + (value - low) / (high - low) * Self.valenceWidth }
        var parts: [String] = []
        parts.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">")
        parts.append("<title>Speakers' stances side by side</title>")
        parts.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")

        // Valence panel: axis over the data's range, zero line, ticks.
        parts.append(text(x: Self.left, y: 18, "mean valence, 95% interval", anchor: "start", weight: "bold"))
        let axisY = Self.top - 10
        let bottom = Self.top + Double(profiles.count) * Self.rowHeight
        parts.append(line(x(low), axisY, x(high), axisY, stroke: "#444"))
        for tick in ticks(low, high) {
            parts.append(line(x(tick), axisY - 4, x(tick), axisY, stroke: "#444"))
            parts.append(text(x: x(tick), y: axisY - 8, signed(tick, digits: 2), anchor: "middle", size: 10))
            if tick != 0 { parts.append(line(x(tick), axisY, x(tick), bottom, stroke: "#eeeeee")) }
        }
        parts.append(line(x(0), axisY, x(0), bottom, stroke: "#888", dash: true))

        // Heat map header and legend.
        parts.append(text(x: heatLeft, y: 18, "share of quotes whose tone carries the category", anchor: "start", weight: "bold"))
        for (index, category) in categories.enumerated() {
            let cx = heatLeft + Double(index) * Self.cellWidth + Self.cellWidth / 2
            parts.append(text(x: cx, y: axisY - 8, category, anchor: "middle", size: 11))
        }
        parts.append(legend(x: heatLeft, y: 30))

        for (row, profile) in profiles.enumerated() {
            let y = Self.top + Double(row) * Self.rowHeight
            let label = "\(profile.name) (\(profile.quoteCount))"
            parts.append("<g class=\"speaker\" data-name=\"\(escape(profile.name))\" data-quotes=\"\(profile.quoteCount)\">")
            if row % 2 == 1 { parts.append("<rect x=\"0\" y=\"\(fmt(y))\" width=\"\(Int(width))\" height=\"\(Int(Self.rowHeight))\" fill=\"#fafafa\"/>") }
            parts.append(text(x: Self.left - 12, y: y + 16, String(label.prefix(34)), anchor: "end"))
            let interval = profile.valenceInterval
            let clamped = (max(interval.lowerBound, low), min(interval.upperBound, high))
            parts.append(line(x(clamped.0), y + 12, x(clamped.1), y + 12, stroke: "#555", width: 2))
            let mean = profile.meanValence
            let color = mean >= 0.05 ? "#2e7d32" : mean <= -0.05 ? "#c62828" : "#757575"
            parts.append("<circle class=\"valence\" cx=\"\(fmt(x(mean)))\" cy=\"\(fmt(y + 12))\" r=\"5\" fill=\"\(color)\"><title>\(escape(profile.name)): mean valence \(signed(mean, digits: 3)), 95% interval [\(signed(interval.lowerBound, digits: 3)), \(signed(interval.upperBound, digits: 3))], \(profile.quoteCount) quotes</title></circle>")
            parts.append(text(x: x(mean) + (mean > (low + high) / 2 ? -9 : 9), y: y + 8, signed(mean, digits: 2),
                              anchor: mean > (low + high) / 2 ? "end" : "start", size: 9, fill: color))
            for (index, category) in categories.enumerated() {
                let cellX = heatLeft + Double(index) * Self.cellWidth
                let rate = profile.rate(of: category)
                let count = profile.categoryQuotes[category] ?? 0
                let (ciLow, ciHigh) = wilson(count, profile.quoteCount)
                parts.append("<rect class=\"cell\" data-category=\"\(escape(category))\" data-rate=\"\(fmt(rate))\" x=\"\(fmt(cellX + 1))\" y=\"\(fmt(y + 2))\" width=\"\(fmt(Self.cellWidth - 2))\" height=\"\(fmt(Self.rowHeight - 4))\" fill=\"\(heat(rate))\"><title>\(escape(profile.name)): \(escape(category)) in \(count) of \(profile.quoteCount) quotes, \(percent(rate)) (95% interval \(percent(ciLow))–\(percent(ciHigh)))</title></rect>")
                parts.append(text(x: cellX + Self.cellWidth / 2, y: y + 16, percent(rate), anchor: "middle", size: 11,
                                  fill: rate > 0.45 ? "#ffffff" : "#222222"))
            }
            parts.append("</g>")
        }
        if profiles.isEmpty { parts.append(text(x: Self.left, y: Self.top + 14, "no speakers", anchor: "start")) }
        if omitted > 0 {
            parts.append(text(x: Self.left, y: bottom + 24, "\(omitted) more speaker\(omitted == 1 ? "" : "s") with fewer quotes not shown (choose with --speakers, or raise --min-quotes)", anchor: "start", size: 11, fill: "#555"))
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    func html() -> String {
        let categories = comparison.categories
        let header = (["speaker", "quotes", "mean valence"] + categories).enumerated().map { index, name in
            "<th data-column=\"\(index)\">\(escape(name))</th>"
        }.joined()
        let body = comparison.profiles.map { profile in
            let interval = profile.valenceInterval
            let cells = categories.map { category -> String in
                let rate = profile.rate(of: category)
                let (low, high) = wilson(profile.categoryQuotes[category] ?? 0, profile.quoteCount)
                return "<td data-value=\"\(fmt(rate))\" style=\"background:\(heat(rate));color:\(rate > 0.45 ? "#fff" : "#222")\" title=\"95% interval \(percent(low))–\(percent(high))\">\(percent(rate))</td>"
            }.joined()
            return "<tr><td data-value=\"\(escape(profile.name))\">\(escape(profile.name))</td><td data-value=\"\(profile.quoteCount)\">\(profile.quoteCount)</td>"
                + "<td data-value=\"\(fmt(profile.meanValence))\" title=\"95% interval [\(signed(interval.lowerBound, digits: 3)), \(signed(interval.upperBound, digits: 3))]\">\(signed(profile.meanValence, digits: 2))</td>\(cells)</tr>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Quotient: speakers' stances</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.3em}
            table{border-collapse:collapse;margin-top:1.5em}th,td{padding:4px 8px;text-align:right;border-bottom:1px solid #eee}
            th{cursor:pointer;background:#f5f5f5;user-select:none}th:hover{background:#e8e8e8}td:first-child,th:first-child{text-align:left}
            tr:hover td{outline:1px solid #999}
            </style></head>
            <body>
            <h1>Speakers' stances side by side</h1>
            <p>Dot: mean valence (VADER compound) with its 95% interval, on an axis scaled to the data. Cells: share of
            each speaker's quotes whose tone carries the category; hover for counts and 95% intervals. The table lists
            every speaker; click a column to sort.</p>
            \(svg())
            <table id="speakers"><thead><tr>\(header)</tr></thead><tbody>
            \(body)
            </tbody></table>
            <script>
            document.querySelectorAll('#speakers th').forEach(function (th) {
              th.addEventListener('click', function () {
                var column = +th.dataset.column, body = th.closest('table').tBodies[0];
                var descending = th.dataset.order !== 'desc';
                th.dataset.order = descending ? 'desc' : 'asc';
                Array.from(body.rows).sort(function (a, b) {
                  var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
                  var d = (isNaN(x) || isNaN(y)) ? x.localeCompare(y) : x - y;
                  return descending ? -d : d;
                }).forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            </body>
            </html>

            """
    }

    /// The valence axis: the data's intervals with some room, always including 0, within [-1, 1].
    private func valenceRange(_ profiles: [SpeakerProfile]) -> (Double, Double) {
        let lows = profiles.map(\.valenceInterval.lowerBound), highs = profiles.map(\.valenceInterval.upperBound)
        var low = min(0, lows.min() ?? -0.25), high = max(0, highs.max() ?? 0.25)
        let room = max((high - low) * 0.08, 0.05)
        low = max(-1, low - room)
        high = min(1, high + room)
        if high - low < 0.2 { (low, high) = (max(-1, low - 0.1), min(1, high + 0.1)) }
        return (low, high)
    }

    /// Ticks at 0.1, 0.25 or 0.5 steps, whichever gives four to eight of them.
    private func ticks(_ low: Double, _ high: Double) -> [Double] {
        let step = [0.1, 0.25, 0.5].first { (high - low) / $0 <= 8 } ?? 0.5
        var tick = (low / step).rounded(.up) * step
        var found: [Double] = []
        while tick <= high + 1e-9 {
            found.append(abs(tick) < 1e-9 ? 0 : tick)
            tick += step
        }
        return found
    }

    /// The Wilson score interval of a share, 95 %.
    private func wilson(_ count: Int, _ total: Int) -> (Double, Double) {
        guard total > 0 else { return (0, 0) }
        let n = Double(total), p = Double(count) / n, z = 1.96
        let center = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z * ((p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()) / (1 + z * z / n)
        return (max(0, center - half), min(1, center + half))
    }

    /// White to dark blue as the share grows (readable for the common forms of colour blindness).
    private func heat(_ rate: Double) -> String {
        let t = min(max(rate, 0), 1).squareRoot()
        let (r, g, b) = (247 - 239 * t, 251 - 203 * t, 255 - 148 * t)
        return String(format: "#%02x%02x%02x", Int(r), Int(g), Int(b))
    }

    private func legend(x: Double, y: Double) -> String {
        let stops = [0.0, 0.1, 0.25, 0.5, 1.0]
        return stops.enumerated().map { index, rate in
            let cx = x + Double(index) * 46
            return "<rect x=\"\(fmt(cx))\" y=\"\(fmt(y))\" width=\"14\" height=\"10\" fill=\"\(heat(rate))\" stroke=\"#ccc\"/>"
                + text(x: cx + 18, y: y + 9, percent(rate), anchor: "start", size: 9)
        }.joined()
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: Bool = false) -> String {
        "<line x1=\"\(fmt(x1))\" y1=\"\(fmt(y1))\" x2=\"\(fmt(x2))\" y2=\"\(fmt(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(fmt(width))\"\(dash ? " stroke-dasharray=\"3,3\"" : "")/>"
    }

    private func text(x: Double, y: Double, _ content: String, anchor: String, weight: String = "normal", size: Int = 12, fill: String = "#222") -> String {
        "<text x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" font-size=\"\(size)\" fill=\"\(fill)\">\(escape(content))</text>"
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
    private func signed(_ value: Double, digits: Int) -> String { String(format: "%+.\(digits)f", value).replacing("+0.00", with: "0.00") }
    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    private func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
