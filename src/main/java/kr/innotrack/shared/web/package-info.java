/** Web helpers every module's controllers use: the one form ending, conflicts, confirmations, CSV. */
@org.springframework.modulith.NamedInterface("web")
package kr.innotrack.shared.web;
