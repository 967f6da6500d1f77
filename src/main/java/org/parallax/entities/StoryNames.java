package org.parallax.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One name per entity across a story's articles and outlets. Each article already writes a person by the
 * fullest name it gives ({@link EntityFinder}); across the story, a one-word name is the person whose
 * name, in any of the story's articles, ends with it ("Biden" in one outlet, "Joe Biden" in another), or
 * else starts with it ("Xi", "Xi Jinping"), the form most mentions give winning; an acronym is the organisation
 * whose initials it is ("RNC", "Republican National Committee"); a full name spelled two ways ("Antony
 * Blinken", "Anthony Blinken") is the one written most. A name written with different kinds takes the kind most of
 * its mentions give.
 */
public final class StoryNames {
  private StoryNames() {}

  /** A name of a story as its articles give it: its kind and how many mentions. */
  public record Named(String name, String kind, long mentions) {}

  /** A name's entity in the story: the name reports use and its kind. */
  public record Entity(String name, String kind) {}

  /** Every name of the story mapped to its entity. */
  public static Map<String, Entity> merge(List<Named> names) {
    // The kind of each name: the one most of its mentions give (then person, org, place, in that order).
    Map<String, Named> byName = new HashMap<>();
    List<Named> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparing(Named::name).thenComparing(Named::mentions, Comparator.reverseOrder())
        .thenComparing(Named::kind, Comparator.reverseOrder()));
    Map<String, Long> total = new HashMap<>();
    for (Named n : sorted) {
      byName.putIfAbsent(n.name(), n);
      total.merge(n.name(), n.mentions(), Long::sum);
    }
    Map<String, Entity> out = new HashMap<>();
    List<String> ordered = new ArrayList<>(byName.keySet());
    ordered.sort(Comparator.comparing((String n) -> -total.get(n)).thenComparing(n -> -n.length())
        .thenComparing(Comparator.naturalOrder()));
    // A person's full name spelled two ways ("Antony Blinken", "Anthony Blinken"): the form written most.
    Map<String, String> spelling = new HashMap<>();
    List<String> people = new ArrayList<>();
    for (String name : ordered) {
      String[] w = name.split(" ");
      if (w.length < 2 || !EntityFinder.PERSON.equals(byName.get(name).kind())) {
        continue;
      }
      String same = name;
      for (String other : people) {
        String[] o = other.split(" ");
        if (o[o.length - 1].equals(w[w.length - 1]) && similar(o[0], w[0])) {
          same = other;
          break;
        }
      }
      if (same.equals(name)) {
        people.add(name);
      }
      spelling.put(name, same);
    }
    for (String name : ordered) {
      Named n = byName.get(name);
      String target = name;
      String[] words = name.split(" ");
      if (EntityFinder.PERSON.equals(n.kind()) && words.length == 1) {
        target = person(name, ordered, byName);
      } else if (EntityFinder.ORG.equals(n.kind()) && words.length == 1) {
        target = spelledOut(name, ordered, byName);
      }
      target = spelling.getOrDefault(target, target);
      out.put(name, new Entity(target, byName.get(target).kind()));
    }
    return out;
  }

  /** First names of one person: the same, one an initial of the other, or one letter apart ("Antony", "Anthony"). */
  static boolean similar(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).replace(".", "");
    String y = b.toLowerCase(Locale.ROOT).replace(".", "");
    if (x.equals(y) || x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y)) {
      return true;
    }
    if (Math.abs(x.length() - y.length()) > 1 || Math.min(x.length(), y.length()) < 4) {
      return false;
    }
    int i = 0;
    while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    // One letter apart: changed, added or dropped at the first difference.
    return x.substring(Math.min(i + 1, x.length())).equals(y.substring(Math.min(i + 1, y.length())))
        || x.substring(i).equals(y.substring(Math.min(i + 1, y.length())))
        || x.substring(Math.min(i + 1, x.length())).equals(y.substring(i));
  }

  /** The story's most written multi-word person's name ending with {@code word}, else starting with it. */
  private static String person(String word, List<String> ordered, Map<String, Named> byName) {
    for (boolean atEnd : new boolean[] {true, false}) {
      for (String other : ordered) {
        String[] w = other.split(" ");
        if (w.length >= 2 && EntityFinder.PERSON.equals(byName.get(other).kind())
            && (atEnd ? w[w.length - 1].equals(word) : w.length == 2 && w[0].equals(word))) {
          return other;
        }
      }
    }
    return word;
  }

  /** The story's organisation whose initials the acronym is, or the acronym. */
  private static String spelledOut(String acronym, List<String> ordered, Map<String, Named> byName) {
    String letters = acronym.replace(".", "");
    if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return acronym;
    }
    for (String other : ordered) {
      if (!EntityFinder.ORG.equals(byName.get(other).kind()) || other.equals(acronym)) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (String w : other.split(" ")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
        }
      }
      if (initials.toString().equals(letters)) {
        return other;
      }
    }
    return acronym;
  }
}
