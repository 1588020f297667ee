/** The text rule every form field follows (single line unless {@code @MultiLine}). */
@org.springframework.modulith.NamedInterface("text")
package kr.innotrack.shared.text;
