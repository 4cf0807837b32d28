import DefuseKit
import Testing

/// ``Grade``: verdicts by id and in catalog order, and `detected` in catalog order.
@Suite struct GradeModelTests {
    @Test func detectedFollowsCatalogOrder() {
        let grade = shippedGrader.grade("Thanks, and I'm sorry.", client: nil)
        #expect(grade.detected == ["apology", "thanks"])
        #expect(grade.all.map(\.id) == shippedGrader.ids)
        #expect(grade.verdicts["thanks"]?.present == true)
        #expect(grade.isPresent("apology"))
        #expect(!grade.isPresent("no-such-id"))
    }

    @Test func settingVerdictsKeepsOrder() {
        var grade = shippedGrader.grade("Thanks.", client: nil)
        var verdicts = grade.verdicts
        verdicts["apology"]?.present = true
        grade.verdicts = verdicts
        #expect(grade.all.map(\.id) == shippedGrader.ids)
        #expect(grade.detected == ["apology", "thanks"])
    }
}
