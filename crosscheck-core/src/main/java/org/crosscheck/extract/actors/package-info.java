/** Actors: who the articles talk about, every reference resolved to a canonical actor. */
package org.crosscheck.extract.actors;
