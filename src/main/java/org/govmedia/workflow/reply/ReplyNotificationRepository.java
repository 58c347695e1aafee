package org.govmedia.workflow.reply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyNotificationRepository extends JpaRepository<ReplyNotification, Long> {

  List<ReplyNotification> findByMessageIdOrderById(String messageId);

  List<ReplyNotification> findTop200ByOrderByIdDesc();
}
