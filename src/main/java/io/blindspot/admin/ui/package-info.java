/** Administration views: accounts and their roles, the reliability of the instrument scales (questionnaire versions and data retention come later). */
package io.blindspot.admin.ui;
