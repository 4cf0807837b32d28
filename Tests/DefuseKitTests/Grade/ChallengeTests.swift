import DefuseKit
import Testing

/// `respectful-challenge` and `capitulates`: engage the reasoning, don't fold, don't jab.
@Suite struct ChallengeTests {
    @Test(arguments: [
        "How are you reading the subgroup data?",
        "What would change your mind?",
        "I see it a little differently: the trial was underpowered there.",
        "Have you considered the older patients in the extension?",
        "Another way to read it is per episode of care.",
        "can i ask which registry you looked at?",
    ])
    func challenges(_ reply: String) {
        #expect(detected(reply).contains("respectful-challenge"))
    }

    @Test(arguments: [
        "which tray did you open?", "Have you even read past the abstract?", "You know best, doctor.",
        "thats not what the data says",
    ])
    func notChallenges(_ reply: String) {
        #expect(!detected(reply).contains("respectful-challenge"))
    }

    @Test(arguments: [
        "You know best, doctor.", "whatever you want", "you're the expert, I won't push it",
        "fine, ill throw in two units", "sure, I'll ask my manager to put someone else on your account",
    ])
    func capitulations(_ reply: String) {
        #expect(detected(reply).contains("capitulates"))
    }

    @Test(arguments: ["I'm not going to switch reps over my accent.", "How would you like to proceed?"])
    func notCapitulations(_ reply: String) {
        #expect(!detected(reply).contains("capitulates"))
    }
}
