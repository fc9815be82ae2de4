package org.crosscheck.extract.actors;

import java.util.List;

/**
 * What a title or appositive phrase says about a person: "Israel's UN Ambassador" gives the role
 * ambassador, the country ISR and the affiliation UN.
 *
 * @param start first token of the phrase in its sentence
 * @param end token after the phrase
 * @param text the phrase as written ("Israel's UN Ambassador")
 * @param roles the roles it names, from the role table
 * @param country ISO3 code from a demonym or country name before the role ("Israeli", "U.S."),
 *     else the affiliation's country, else null
 * @param affiliation the organisation or group it names ("Hamas" in "top Hamas official"), or null
 * @param sector from the affiliation when it is an IGO or armed group, else from the role
 * @param gender 'm' or 'f' for gendered titles ("King", "Mrs."), else 0
 */
record Title(
    int start,
    int end,
    String text,
    List<RoleTable.Role> roles,
    String country,
    KnownActor affiliation,
    String sector,
    char gender) {
  Title {
    roles = List.copyOf(roles);
  }
}
