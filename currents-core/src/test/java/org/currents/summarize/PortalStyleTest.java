package org.currents.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.currents.text.EnglishNlp;
import org.currents.text.VerbForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalStyleTest {
  private final PortalStyle style = new PortalStyle(EnglishNlp.shared(), VerbForms.shared());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The minister resigned after protests forced him out.|The minister resigns after protests forced him out.",
        "Police have arrested two men and charged them with murder.|Police arrest two men and charge them with murder.",
        "A 6.1 magnitude earthquake struck northern Iran on Tuesday, killing at least 30 people.|A 6.1 magnitude earthquake strikes northern Iran, killing at least 30 people.",
        "Two climbers were killed in an avalanche in the French Alps.|Two climbers are killed in an avalanche in the French Alps.",
        "After a long trial, the jury found the former mayor guilty of fraud.|After a long trial, the jury finds the former mayor guilty of fraud.",
        "Apple has unveiled a new iPhone.|Apple unveils a new iPhone.",
        "The company has been fined $5 million by regulators.|The company is fined $5 million by regulators.",
        "Tara Reid checks into rehab, her spokesman says.|Tara Reid checks into rehab, her spokesman says.",
        "The man, who had been missing for days, was found alive.|The man, who had been missing for days, was found alive.",
        "The Democrats won the House of Representatives yesterday.|The Democrats win the House of Representatives.",
        "The Department of Health and Human Services issued new guidance.|The Department of Health and Human Services issues new guidance.",
        "The United Nations (UN) carried out an inquiry.|The United Nations carries out an inquiry.",
        "Obama and Netanyahu met in Jerusalem.|Obama and Netanyahu meet in Jerusalem.",
        "At least half a million onlookers turned out to line the route.|At least half a million onlookers turn out to line the route.",
        "Senator representing Yobe North , Ahmad Lawan , moved a motion .|Senator representing Yobe North, Ahmad Lawan, moves a motion.",
        "A police officer and a bomb technician were killed.|A police officer and a bomb technician are killed.",
        "The senator did not attend the vote.|The senator does not attend the vote.",
        "She had a baby boy.|She had a baby boy.",
        "Rescuers hoped to reach the trapped miners.|Rescuers hope to reach the trapped miners.",
        "The Steelers spent Monday trying to distance themselves.|The Steelers spend Monday trying to distance themselves.",
        "Jack Ketsoyan said Friday that the star went to the Promises Treatment Center.|Jack Ketsoyan says that the star went to the Promises Treatment Center.",
        "Athens was calm on Sunday after eight days of riots.|Athens is calm after eight days of riots.",
        "Police at Scotland Yard have discovered the plan.|Police at Scotland Yard discover the plan.",
        "Traffic between Europe and Asia was hampered after cables were cut.|Traffic between Europe and Asia is hampered after cables were cut.",
        "Shahzad Tanweer, 22, attended Leeds Metropolitan University.|Shahzad Tanweer, 22, attends Leeds Metropolitan University.",
        "Columns standing 3.5m tall were inaugurated in London.|Columns standing 3.5m tall are inaugurated in London.",
        "The first car based on the new platform is expected next year.|The first car based on the new platform is expected next year.",
      })
  void putsTheMainVerbInThePresentAndDropsWhatTheDayPageSays(String sentence, String expected) {
    assertEquals(expected, style.rewrite(sentence, Set.of("Athens")));
  }
}
