package org.crosscheck.extract.actors;

import java.util.Objects;
import org.crosscheck.model.AnnotatedArticle;

/**
 * The {@link ActorResolver} built from small rules, applied in this order (earlier rules claim
 * tokens first; spans never overlap):
 *
 * <ol>
 *   <li>{@link PersonNames}: people by name, with the title before the name;
 *   <li>{@link Appositions}: ", the U.S. ambassador to the UN," after a name;
 *   <li>{@link RoleReferences}: "the top U.S. diplomat" back to the person holding the role;
 *   <li>{@link Ministries}: "Gaza's Ministry of Health";
 *   <li>{@link KnownMentions} of two tokens or more ("Israeli military"), then {@link
 *       CountryGroups} ("the Sudanese government", "Russian negotiators", "rebels in Chad"), then
 *       {@link Organisations} the table does not know, then single-token {@link KnownMentions};
 *   <li>{@link OrganisationReferences}: "the council", "the militant group";
 *   <li>{@link CountryReferences}: "the kingdom", "the country";
 *   <li>{@link Pronouns}: "he", "her" to the most salient compatible person; "it", "they" as
 *       subject of a reported clause to the reporting verb's subject;
 *   <li>{@link CountryWords}: "Israeli" in "Israeli tanks", a modifier span of the country.
 * </ol>
 *
 * <p>Example: {@code new RuleActorResolver(ActorKnowledge.load()).resolve(annotated)}. Thread-safe:
 * each call works on its own state; the knowledge is immutable. Never changes its input.
 */
public final class RuleActorResolver implements ActorResolver {
  private final ActorKnowledge knowledge;
  private final TitleParser titles;

  public RuleActorResolver(ActorKnowledge knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.titles = new TitleParser(knowledge);
  }

  @Override
  public ArticleActors resolve(AnnotatedArticle article) {
    ArticleBook book = new ArticleBook(article, knowledge);
    new PersonNames(titles).apply(book);
    new Appositions(titles).apply(book);
    new RoleReferences(titles).apply(book);
    new Ministries().apply(book);
    new KnownMentions(2).apply(book);
    new CountryGroups().apply(book);
    new CountryGroups().applyAfter(book);
    new Organisations().apply(book);
    new KnownMentions(1).apply(book);
    new OrganisationReferences().apply(book);
    new CountryReferences().apply(book);
    new Pronouns().apply(book);
    new Pronouns().applyNeuter(book);
    new CountryWords().apply(book);
    return book.build();
  }

  @Override
  public String toString() {
    return "RuleActorResolver[PersonNames > Appositions > RoleReferences > Ministries"
        + " > KnownMentions > CountryGroups > Organisations > KnownMentions"
        + " > OrganisationReferences > CountryReferences > Pronouns > CountryWords]";
  }
}
