import Foundation
import Quotient

/// A self-contained chart of speakers' stances side by side: one row per speaker with the valence interval,
/// and one bar group per stance category. Plain SVG, no scripts or external resources.
struct StanceChart {
    let comparison: Comparison

    private static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    func svg() -> String {
        let profiles = comparison.profiles
        let categories = comparison.categories
        let left = 190.0, top = 50.0, rowHeight = 26.0
        let valenceWidth = 220.0, barWidth = 70.0, gap = 20.0
        let width = left + valenceWidth + gap + Double(categories.count) * (barWidth + 6) + 20
        let height = top + Double(max(profiles.count, 1)) * rowHeight + 40
        var parts: [String] = []
        parts.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">")
        parts.append("<title>Speakers' stances side by side</title>")
        parts.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        parts.append(text(x: left, y: 20, "mean valence (95% CI)", anchor: "start", weight: "bold"))
        let valenceCenter = left + valenceWidth / 2
        parts.append("<line class=\"axis\" x1=\"\(valenceCenter)\" y1=\"\(top - 12)\" x2=\"\(valenceCenter)\" y2=\"\(height - 30)\" stroke=\"#999\" stroke-dasharray=\"3,3\"/>")
        parts.append(text(x: left, y: top - 16, "−1", anchor: "start"))
        parts.append(text(x: left + valenceWidth, y: top - 16, "+1", anchor: "end"))
        for (index, category) in categories.enumerated() {
            let x = left + valenceWidth + gap + Double(index) * (barWidth + 6)
            parts.append(text(x: x + barWidth / 2, y: 20, category, anchor: "middle", weight: "bold", fill: Self.palette[index % Self.palette.count]))
            parts.append(text(x: x + barWidth / 2, y: top - 16, "% of quotes", anchor: "middle", size: 9))
        }
        for (row, profile) in profiles.enumerated() {
            let y = top + Double(row) * rowHeight
            parts.append("<g class=\"speaker\" data-name=\"\(escape(profile.name))\" data-quotes=\"\(profile.quoteCount)\">")
            parts.append(text(x: left - 10, y: y + 14, "\(profile.name) (\(profile.quoteCount))", anchor: "end"))
            let interval = profile.valenceInterval
            let x1 = valenceCenter + interval.lowerBound * valenceWidth / 2
            let x2 = valenceCenter + interval.upperBound * valenceWidth / 2
            let mean = valenceCenter + profile.meanValence * valenceWidth / 2
            parts.append("<line class=\"interval\" x1=\"\(fmt(x1))\" y1=\"\(y + 10)\" x2=\"\(fmt(x2))\" y2=\"\(y + 10)\" stroke=\"#555\" stroke-width=\"2\"/>")
            let meanColor = profile.meanValence >= 0.05 ? "#59a14f" : profile.meanValence <= -0.05 ? "#e15759" : "#888888"
            parts.append("<circle class=\"valence\" cx=\"\(fmt(mean))\" cy=\"\(y + 10)\" r=\"5\" fill=\"\(meanColor)\"><title>mean valence \(fmt(profile.meanValence))</title></circle>")
            for (index, category) in categories.enumerated() {
                let x = left + valenceWidth + gap + Double(index) * (barWidth + 6)
                let rate = profile.rate(of: category)
                parts.append("<rect class=\"track\" x=\"\(fmt(x))\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"14\" fill=\"#f0f0f0\"/>")
                parts.append("<rect class=\"bar\" data-category=\"\(escape(category))\" data-rate=\"\(fmt(rate))\" x=\"\(fmt(x))\" y=\"\(y + 3)\" width=\"\(fmt(rate * barWidth))\" height=\"14\" fill=\"\(Self.palette[index % Self.palette.count])\"><title>\(escape(profile.name)): \(escape(category)) in \(Int((rate * 100).rounded()))% of quotes</title></rect>")
            }
            parts.append("</g>")
        }
        if profiles.isEmpty { parts.append(text(x: left, y: top + 14, "no speakers", anchor: "start")) }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Quotient: speakers' stances</title>
        <style>body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.3em}</style></head>
        <body>
        <h1>Speakers' stances side by side</h1>
        <p>Dot: mean valence (VADER compound) with its 95% interval. Bars: share of each speaker's quotes whose tone carries the category.</p>
        \(svg())
        </body>
        </html>

        """
    }

    private func text(x: Double, y: Double, _ content: String, anchor: String, weight: String = "normal", fill: String = "#222", size: Int = 12) -> String {
        "<text x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" font-size=\"\(size)\" fill=\"\(fill)\">\(escape(content))</text>"
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    private func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
