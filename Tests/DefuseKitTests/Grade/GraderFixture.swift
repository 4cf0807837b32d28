import DefuseKit

/// The grader built from the shipped technique files, compiled once for every test.
let shippedGrader = Grader(techniques: TechniqueLibrary.builtIn.techniques)

/// The ids present in `reply` (the composite left out unless asked for).
func detected(_ reply: String, client: String? = nil) -> Set<String> {
    Set(shippedGrader.grade(reply, client: client).detected)
}
