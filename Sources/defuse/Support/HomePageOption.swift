import ArgumentParser
import DefuseKit
import Foundation

/// `--home-page URL`, else `DEFUSE_HOME_PAGE`: the company's learning system, the `homePage`
/// of the reps' xAPI accounts and the base of Defuse's activity IRIs (`report --format xapi`
/// and `push`).
struct HomePageOption: ParsableArguments {
    @Option(
        name: .customLong("home-page"),
        help: ArgumentHelp(
            "The home page of the reps' xAPI accounts, such as your company's learning system "
                + "(default: $DEFUSE_HOME_PAGE).",
            valueName: "URL"))
    var homePage: String?

    func validate() throws {
        _ = try configured()
    }

    /// The configured home page without a trailing slash; nil when neither the option nor the
    /// variable gives one.
    func configured(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let homePage {
            guard let page = HomePage.parse(homePage) else {
                throw ValidationError("--home-page '\(homePage)' is not an http or https address")
            }
            return page
        }
        guard let value = environment[HomePage.variable], !value.isEmpty else { return nil }
        guard let page = HomePage.parse(value) else {
            throw ValidationError("\(HomePage.variable) '\(value)' is not an http or https address")
        }
        return page
    }
}
