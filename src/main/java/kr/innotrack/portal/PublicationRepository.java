package kr.innotrack.portal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findBySubjectKindAndSubjectId(PublicationKind kind, Long subjectId);
}
