import Testing

@testable import defuse

/// What a line typed at the menu's `name>` prompt means (review14 finding 5).
@Suite struct RepNameTests {
    @Test(arguments: ["q", "Q", "quit", "exit", ":q"]) func wordsForLeavingLeave(typed: String) {
        #expect(RepName.reading(typed) == .leave)
    }

    @Test(arguments: ["3", "12", "help", "?", "/hint", "--name"]) func menuHabitsAreNotNames(typed: String) {
        guard case .notAName(let why) = RepName.reading(typed) else {
            Issue.record("\(typed) read as \(RepName.reading(typed))")
            return
        }
        #expect(why.contains("'\(typed)'"))
    }

    @Test(arguments: ["Priya Shah", "Q. Nguyen", "Jo", "Quinn", "Exiteer"]) func namesAreNames(typed: String)
    {
        #expect(RepName.reading(typed) == .name(typed))
    }

    @Test func enterAloneTakesTheLoginName() {
        #expect(RepName.reading("") == .login)
    }
}
