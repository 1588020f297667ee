package kr.innotrack.notice;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeReadRepository extends JpaRepository<NoticeRead, NoticeRead.Key> {
}
